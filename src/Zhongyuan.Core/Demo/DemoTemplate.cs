using Zhongyuan.Catalog;

namespace Zhongyuan.Demo;

/// <summary>A row of the demo template table: one kind of resource a department holds.</summary>
/// <param name="Name">The resource name; city templates get the city name put in front.</param>
/// <param name="Abstract">The abstract; <c>{city}</c> is replaced by the city name.</param>
/// <param name="Classification">The nine-digit classification code.</param>
/// <param name="Items">Item names separated by spaces; a trailing <c>*</c> marks a key item, and without any the first item is the key.</param>
/// <param name="Cycle">The update cycle.</param>
/// <param name="Tags">One to three tags separated by spaces.</param>
/// <param name="Hints">Sharing, grading and format hints.</param>
/// <param name="Basis">The legal basis when <see cref="DemoHints.NotShared"/>.</param>
internal sealed record DemoTemplate(
    string Name, string Abstract, string Classification, string Items, UpdateCycle Cycle, string Tags,
    DemoHints Hints = DemoHints.None, string? Basis = null);
