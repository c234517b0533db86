using Dapper;
using Zhongyuan.Crypto;
using Zhongyuan.Storage;

namespace Zhongyuan.Sharing.Subscriptions;

/// <summary>
/// The <c>subscriptions</c> and <c>subscription_deliveries</c> rows. Webhook secrets are sealed with the
/// <see cref="KeyRing"/> (SM4, <c>sm4:</c> envelopes) on the way in and opened only by <see cref="SecretAsync"/>.
/// </summary>
public sealed class SubscriptionStore(Database database, KeyRing secrets)
{
    private const string SecretPurpose = "subscription.webhook-secret";

    /// <summary>Stores a new subscription with its webhook secret (null for pull); returns it with its id.</summary>
    public async Task<Subscription> CreateAsync(Subscription subscription, string? secret, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var id = await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Sharing/Subscriptions/Sql/Insert"), new
        {
            subscription.ApplicationId, subscription.DepartmentId, subscription.ResourceCode, Mode = subscription.Mode.ToString(), subscription.Url,
            Secret = secret is null ? null : secrets.EncryptText(secret, SecretPurpose),
            CursorVersion = subscription.Cursor.Version, CursorKind = subscription.Cursor.KindLetter, CursorAfter = subscription.Cursor.After,
            Status = subscription.Status.ToString(), subscription.CreatedBy, subscription.CreatedAt, subscription.UpdatedAt,
        }, cancellationToken: ct)).ConfigureAwait(false);
        return subscription with { Id = id };
    }

    /// <summary>A subscription, or null.</summary>
    public async Task<Subscription?> FindAsync(long id, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await c.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
            database.Sql("Sharing/Subscriptions/Sql/Select") + " WHERE s.id = @Id", new { Id = id }, cancellationToken: ct)).ConfigureAwait(false);
        return row?.ToSubscription();
    }

    /// <summary>The subscriptions of an application, oldest first.</summary>
    public async Task<IReadOnlyList<Subscription>> OfApplicationAsync(long applicationId, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<Row>(new CommandDefinition(database.Sql("Sharing/Subscriptions/Sql/Select") +
            " WHERE s.application_id = @ApplicationId ORDER BY s.id", new { ApplicationId = applicationId }, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToSubscription())];
    }

    /// <summary>Every webhook subscription that is active (the worker checks each for a pending version), oldest first.</summary>
    public async Task<IReadOnlyList<Subscription>> ActiveWebhooksAsync(CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<Row>(new CommandDefinition(database.Sql("Sharing/Subscriptions/Sql/Select") +
            " WHERE s.mode = @Mode AND s.status = @Status ORDER BY s.id",
            new { Mode = nameof(SubscriptionMode.Webhook), Status = nameof(SubscriptionStatus.Active) }, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToSubscription())];
    }

    /// <summary>The webhook secret in plain text; null for a pull subscription or an unknown id.</summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">It was sealed under another master key.</exception>
    public async Task<string?> SecretAsync(long id, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var sealedText = await c.ExecuteScalarAsync<string?>(new CommandDefinition(
            database.Sql("Sharing/Subscriptions/Sql/SelectSecret"), new { Id = id }, cancellationToken: ct)).ConfigureAwait(false);
        return sealedText is null ? null : await secrets.DecryptTextAsync(sealedText, SecretPurpose, ct).ConfigureAwait(false);
    }

    /// <summary>Removes a subscription and its delivery records; false when there was none.</summary>
    public async Task<bool> DeleteAsync(long id, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.ExecuteAsync(new CommandDefinition(database.Sql("Sharing/Subscriptions/Sql/Delete"), new { Id = id }, cancellationToken: ct)).ConfigureAwait(false) > 0;
    }

    /// <summary>
    /// Moves the cursor forward to <paramref name="cursor"/> (a pull acknowledgement); a cursor behind the stored one
    /// changes nothing. Returns the stored cursor afterwards; null when the subscription does not exist.
    /// </summary>
    public async Task<SubscriptionCursor?> AcknowledgeAsync(long id, SubscriptionCursor cursor, DateTimeOffset at, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        for (var tries = 0; tries < 5; tries++)
        {
            if (await FindAsync(id, ct).ConfigureAwait(false) is not { } current)
            {
                return null;
            }
            if (cursor.Rank < current.Cursor.Rank || cursor == current.Cursor)
            {
                return current.Cursor;
            }
            await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
            var changed = await c.ExecuteAsync(new CommandDefinition(database.Sql("Sharing/Subscriptions/Sql/Acknowledge"), new
            {
                Id = id, CursorVersion = cursor.Version, CursorKind = cursor.KindLetter, CursorAfter = cursor.After, UpdatedAt = at,
                OldVersion = current.Cursor.Version, OldAfter = current.Cursor.After,
            }, cancellationToken: ct)).ConfigureAwait(false);
            if (changed == 1)
            {
                return cursor;
            }
        }
        throw new InvalidOperationException($"The cursor of subscription {id} keeps changing under concurrent acknowledgements.");
    }

    /// <summary>Writes the webhook state of a subscription: cursor, status, attempts, next attempt and last error.</summary>
    public async Task SaveStateAsync(Subscription subscription, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        await c.ExecuteAsync(new CommandDefinition(database.Sql("Sharing/Subscriptions/Sql/UpdateState"), new
        {
            subscription.Id, CursorVersion = subscription.Cursor.Version, CursorKind = subscription.Cursor.KindLetter, CursorAfter = subscription.Cursor.After,
            Status = subscription.Status.ToString(), subscription.Attempts, subscription.NextAttemptAt, subscription.LastError, subscription.UpdatedAt,
        }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>Records one webhook attempt; returns it with its id.</summary>
    public async Task<SubscriptionDelivery> AddDeliveryAsync(SubscriptionDelivery delivery, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var id = await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Sharing/Subscriptions/Sql/InsertDelivery"), new
        {
            delivery.SubscriptionId, delivery.DeliveryId, delivery.Version, Kind = delivery.Kind.ToString(), delivery.Rows, delivery.Attempt,
            Status = delivery.Status.ToString(), delivery.HttpStatus, delivery.Error, delivery.AttemptedAt, delivery.NextAttemptAt,
        }, cancellationToken: ct)).ConfigureAwait(false);
        return delivery with { Id = id };
    }

    /// <summary>The latest <paramref name="limit"/> attempts of a subscription, newest first.</summary>
    public async Task<IReadOnlyList<SubscriptionDelivery>> DeliveriesAsync(long subscriptionId, int limit = 100, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<DeliveryRow>(new CommandDefinition(database.Sql("Sharing/Subscriptions/Sql/SelectDeliveries"),
            new { SubscriptionId = subscriptionId, Limit = limit }, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToDelivery())];
    }

    private sealed class Row
    {
        public long Id { get; set; }
        public long ApplicationId { get; set; }
        public long? DepartmentId { get; set; }
        public string ResourceCode { get; set; } = "";
        public string Mode { get; set; } = "";
        public string? Url { get; set; }
        public int CursorVersion { get; set; }
        public string? CursorKind { get; set; }
        public string? CursorAfter { get; set; }
        public string Status { get; set; } = "";
        public int Attempts { get; set; }
        public DateTimeOffset? NextAttemptAt { get; set; }
        public string? LastError { get; set; }
        public string CreatedBy { get; set; } = "";
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset UpdatedAt { get; set; }

        public Subscription ToSubscription() => new()
        {
            Id = Id, ApplicationId = ApplicationId, DepartmentId = DepartmentId, ResourceCode = ResourceCode, Mode = Enum.Parse<SubscriptionMode>(Mode),
            Url = Url, Cursor = CursorOf(CursorVersion, CursorKind, CursorAfter), Status = Enum.Parse<SubscriptionStatus>(Status), Attempts = Attempts,
            NextAttemptAt = NextAttemptAt, LastError = LastError, CreatedBy = CreatedBy, CreatedAt = CreatedAt, UpdatedAt = UpdatedAt,
        };

        private static SubscriptionCursor CursorOf(int version, string? kind, string? after) => after is null
            ? new SubscriptionCursor(version)
            : new SubscriptionCursor(version, kind == "s" ? ChangeSetKind.Snapshot : ChangeSetKind.Changes, after);
    }

    private sealed class DeliveryRow
    {
        public long Id { get; set; }
        public long SubscriptionId { get; set; }
        public string DeliveryId { get; set; } = "";
        public int Version { get; set; }
        public string Kind { get; set; } = "";
        public long Rows { get; set; }
        public int Attempt { get; set; }
        public string Status { get; set; } = "";
        public int? HttpStatus { get; set; }
        public string? Error { get; set; }
        public DateTimeOffset AttemptedAt { get; set; }
        public DateTimeOffset? NextAttemptAt { get; set; }

        public SubscriptionDelivery ToDelivery() => new(Id, SubscriptionId, DeliveryId, Version, Enum.Parse<ChangeSetKind>(Kind), Rows, Attempt,
            Enum.Parse<DeliveryStatus>(Status), HttpStatus, Error, AttemptedAt, NextAttemptAt);
    }
}
