using Zhongyuan.Catalog;

namespace Zhongyuan.Identity;

/// <summary>The field rules of accounts, shared with self sign-up (<c>Zhongyuan.Developers.DeveloperService</c>).</summary>
public sealed partial class UserAdministration
{
    /// <summary>The username and display-name (and department) rules an account must meet; empty when it does.</summary>
    internal static List<FieldError> CheckNewAccount(NewUser user) => ValidateNew(user);
}
