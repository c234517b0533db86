using Zhongyuan.Localization;

namespace Zhongyuan.Catalog;

/// <summary>信息资源格式: the form the resource takes at its provider.</summary>
public enum ResourceFormat
{
    /// <summary>Documents such as OFD, PDF, Word.</summary>
    [Label("电子文件", "Electronic file")] ElectronicFile,

    /// <summary>Spreadsheets such as XLSX, CSV.</summary>
    [Label("电子表格", "Spreadsheet")] Spreadsheet,

    /// <summary>Tables in a database.</summary>
    [Label("数据库", "Database")] Database,

    /// <summary>Pictures and maps.</summary>
    [Label("图形图像", "Image")] Image,

    /// <summary>Audio and video.</summary>
    [Label("流媒体", "Streaming media")] Streaming,

    /// <summary>Self-describing formats such as XML and JSON.</summary>
    [Label("自描述格式", "Self-describing")] SelfDescribing,
}
