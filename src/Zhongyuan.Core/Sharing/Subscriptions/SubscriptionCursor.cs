using System.Globalization;

namespace Zhongyuan.Sharing.Subscriptions;

/// <summary>
/// A position in a resource's stream of versions. Text form: <c>N</c> — every version up to N is delivered (<c>0</c>:
/// nothing yet; the first delivery is then a snapshot of the current version); <c>N:c:token</c> or <c>N:s:token</c> —
/// version N (a change set or a snapshot) is delivered up to the page cursor <c>token</c>.
/// </summary>
/// <param name="Version">The version reached.</param>
/// <param name="Kind">The kind of version <paramref name="Version"/> while it is in progress; null when it is complete.</param>
/// <param name="After">The keyset token within version <paramref name="Version"/>; null when it is complete.</param>
public sealed record SubscriptionCursor(int Version, ChangeSetKind? Kind = null, string? After = null)
{
    /// <summary>Nothing delivered yet.</summary>
    public static readonly SubscriptionCursor Start = new(0);

    /// <summary>Whether version <see cref="Version"/> is only partly delivered.</summary>
    public bool InProgress => After is not null;

    /// <summary>
    /// A number that grows along the stream: an in-progress version counts as half delivered, so a cursor can be
    /// compared with another (two in-progress cursors of one version rank equal).
    /// </summary>
    public long Rank => (Version * 2L) - (InProgress ? 1 : 0);

    /// <summary>Parses the text form; null when it is not one.</summary>
    public static SubscriptionCursor? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var parts = text.Split(':', 3);
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return null;
        }
        if (parts.Length == 1)
        {
            return new SubscriptionCursor(version);
        }
        var kind = parts[1] switch { "c" => ChangeSetKind.Changes, "s" => ChangeSetKind.Snapshot, _ => (ChangeSetKind?)null };
        return parts.Length == 3 && kind is not null && parts[2].Length > 0 && version > 0 ? new SubscriptionCursor(version, kind, parts[2]) : null;
    }

    /// <summary>The kind's letter in the text form and the database (<c>c</c> or <c>s</c>); null when complete.</summary>
    public string? KindLetter => Kind switch { ChangeSetKind.Changes => "c", ChangeSetKind.Snapshot => "s", _ => null };

    /// <summary>The text form.</summary>
    public override string ToString() => InProgress
        ? string.Create(CultureInfo.InvariantCulture, $"{Version}:{KindLetter}:{After}")
        : Version.ToString(CultureInfo.InvariantCulture);
}
