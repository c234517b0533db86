Console.WriteLine("zy");
