INSERT INTO code_sequences (classification, last_value) VALUES (@Classification, @Count)
ON CONFLICT (classification) DO UPDATE SET last_value = code_sequences.last_value + @Count
RETURNING last_value
