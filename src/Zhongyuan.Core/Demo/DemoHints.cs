namespace Zhongyuan.Demo;

/// <summary>What a demo template says about the resource beyond its name and items.</summary>
[Flags]
internal enum DemoHints
{
    /// <summary>Nothing special: the generator decides at random within the rules.</summary>
    None = 0,

    /// <summary>Shared only on conditions (有条件共享), even without personal items.</summary>
    Conditional = 1 << 0,

    /// <summary>Not shared (不予共享); the template carries the legal basis.</summary>
    NotShared = 1 << 1,

    /// <summary>Graded 重要数据.</summary>
    Important = 1 << 2,

    /// <summary>Graded 核心数据, hence never opened.</summary>
    Core = 1 << 3,

    /// <summary>Never opened, whatever the other attributes allow.</summary>
    NotOpen = 1 << 4,

    /// <summary>Opened whenever the rules allow it.</summary>
    Open = 1 << 5,

    /// <summary>Kept as documents (电子文件).</summary>
    Document = 1 << 6,

    /// <summary>Kept as spreadsheets (电子表格).</summary>
    Spreadsheet = 1 << 7,

    /// <summary>Kept as images or maps (图形图像).</summary>
    Image = 1 << 8,

    /// <summary>Kept as audio or video (流媒体).</summary>
    Media = 1 << 9,

    /// <summary>Published per year as well, giving variants such as 2024年….</summary>
    PerYear = 1 << 10,
}
