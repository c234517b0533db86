namespace Zhongyuan.Audit;

/// <summary>The action names used across the platform. Other names are allowed: dotted lower case, object first.</summary>
public static class AuditActions
{
    /// <summary>Every API request (written by the server's middleware).</summary>
    public const string HttpRequest = "http.request";

    /// <summary>Rows read through the rows API.</summary>
    public const string RowsQuery = "rows.query";

    /// <summary>Rows exported to a file.</summary>
    public const string RowsExport = "rows.export";

    /// <summary>A change set delivered to a subscriber.</summary>
    public const string SubscriptionDeliver = "subscription.deliver";

    /// <summary>A share request filed.</summary>
    public const string RequestCreate = "request.create";

    /// <summary>A grant approved.</summary>
    public const string GrantApprove = "grant.approve";

    /// <summary>A request refused.</summary>
    public const string GrantRefuse = "grant.refuse";

    /// <summary>A grant suspended, revoked or renewed.</summary>
    public const string GrantChange = "grant.change";

    /// <summary>An application (应用) registered, changed or deleted.</summary>
    public const string ApplicationChange = "application.change";

    /// <summary>An application key created or revoked.</summary>
    public const string ApplicationKey = "application.key";

    /// <summary>A user created.</summary>
    public const string UserCreate = "user.create";

    /// <summary>A user changed (role, department, lock, password reset).</summary>
    public const string UserChange = "user.change";

    /// <summary>A data key rotated.</summary>
    public const string KeyRotate = "key.rotate";

    /// <summary>A platform setting changed.</summary>
    public const string SettingChange = "setting.change";

    /// <summary>The audit trail verified.</summary>
    public const string AuditVerify = "audit.verify";

    /// <summary>The audit trail read or exported.</summary>
    public const string AuditRead = "audit.read";
}
