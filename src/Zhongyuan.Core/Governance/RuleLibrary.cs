using System.Collections.Frozen;
using Zhongyuan.Identifiers;
using Zhongyuan.Localization;

namespace Zhongyuan.Governance;

/// <summary>
/// The standardisation and validation rules an information item can carry, by code. Validators answer with a
/// failure code <c>&lt;rule&gt;.&lt;reason&gt;</c> (e.g. <c>id_number.bad_check_character</c>), which is also the
/// reason code in reject reports and failing-row lists; <see cref="Message"/> turns it into text.
/// </summary>
public static class RuleLibrary
{
    /// <summary>Full-width letters, digits and punctuation to half-width.</summary>
    public const string FullWidth = "full_width";

    /// <summary>Zero-width, BOM and control characters removed.</summary>
    public const string Invisible = "invisible";

    /// <summary>Trimmed, runs of spaces (including the ideographic space) collapsed to one.</summary>
    public const string Whitespace = "whitespace";

    /// <summary>Chinese date spellings to ISO dates (2017年4月8日 → 2017-04-08) in text items.</summary>
    public const string DateIso = "date_iso";

    /// <summary>Amounts with 万/亿, separators and currency signs to plain numbers (1.5万 → 15000).</summary>
    public const string Amount = "amount";

    /// <summary>Region names to GB/T 2260 codes (河南省郑州市金水区 → 410105).</summary>
    public const string RegionNameToCode = "region_name_to_code";

    /// <summary>Resident ID numbers to 18 upper-case characters (15-digit numbers converted).</summary>
    public const string IdNormalize = "id_normalize";

    /// <summary>Mobile numbers to 11 digits (+86, 0086 and separators removed).</summary>
    public const string MobileNormalize = "mobile_normalize";

    /// <summary>公民身份号码 (GB 11643): format, check character, real past date, known region.</summary>
    public const string IdNumber = "id_number";

    /// <summary>The region of a resident ID number was not valid in the holder's birth year.</summary>
    public const string IdRegionYear = "id_region_year";

    /// <summary>统一社会信用代码 (GB 32100) with its embedded organisation code.</summary>
    public const string CreditCode = "credit_code";

    /// <summary>组织机构代码 (GB 11714).</summary>
    public const string OrganizationCode = "organization_code";

    /// <summary>手机号码.</summary>
    public const string Mobile = "mobile";

    /// <summary>固定电话.</summary>
    public const string Landline = "landline";

    /// <summary>A mobile or landline number.</summary>
    public const string Phone = "phone";

    /// <summary>邮政编码.</summary>
    public const string PostalCode = "postal_code";

    /// <summary>银行卡号 (Luhn).</summary>
    public const string BankCard = "bank_card";

    /// <summary>电子邮箱.</summary>
    public const string Email = "email";

    /// <summary>A known GB/T 2260 region code.</summary>
    public const string RegionCode = "region_code";

    // What each standardiser can change, as RE2 patterns (tested against the standardisers on every character of the BMP).
    // TextChars.IsFullWidth.
    internal const string FullWidthChars = "[\\x{FF01}-\\x{FF5E}\\x{3000}]";

    // TextChars.IsInvisible: Unicode Cc and Cf (the latter from U+00AD), plus Cf characters newer than some RE2 tables.
    internal const string InvisibleChars = "[\\p{Cc}\\p{Cf}\\x{0890}\\x{0891}\\x{08E2}]";

    // Standardizers.CollapseWhitespace changes a value with whitespace other than U+0020 (char.IsWhiteSpace), a space at
    // either end, or two spaces in a row.
    internal const string UncollapsedWhitespace =
        "[\\t\\n\\x0B\\f\\r\\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}]|^ | $|  ";

    private static readonly FrozenDictionary<string, ValueRule> Rules = new ValueRule[]
    {
        Standardizer(FullWidth, "全角转半角", "Full-width to half-width", Standardizers.FullWidthToHalfWidth) with { MayChange = FullWidthChars },
        Standardizer(Invisible, "去除不可见字符", "Remove invisible characters", Standardizers.RemoveInvisible) with { MayChange = InvisibleChars },
        Standardizer(Whitespace, "规范空白", "Normalise whitespace", Standardizers.CollapseWhitespace) with { MayChange = UncollapsedWhitespace },
        Standardizer(DateIso, "日期转为标准格式", "Dates to ISO format", Standardizers.ChineseDateToIso),
        Standardizer(Amount, "金额转为数字", "Amounts to plain numbers", Standardizers.Amount),
        Standardizer(RegionNameToCode, "行政区划名称转代码", "Region names to codes", Standardizers.RegionNameToCode),
        Standardizer(IdNormalize, "身份证号规范为18位", "ID numbers to 18 characters", Standardizers.ResidentId) with { StandardShape = "[0-9]{17}[0-9X]" },
        Standardizer(MobileNormalize, "手机号规范为11位", "Mobile numbers to 11 digits", v => PhoneNumber.NormalizeMobile(v) is { } n && n != v ? n : v),
        Validator(IdNumber, "公民身份号码校验", "Resident ID number", CheckIdNumber),
        Validator(IdRegionYear, "身份证号地区码在出生年份有效", "ID region code valid in the birth year", CheckIdRegionYear),
        Validator(CreditCode, "统一社会信用代码校验", "Unified social credit code", CheckCreditCode),
        Validator(OrganizationCode, "组织机构代码校验", "Organisation code", (v, _) => Identifiers.OrganizationCode.IsValid(v) ? null : OrganizationCode + ".invalid"),
        Validator(Mobile, "手机号码校验", "Mobile number", (v, _) => PhoneNumber.IsMobile(v) ? null : Mobile + ".invalid"),
        Validator(Landline, "固定电话校验", "Landline number", (v, _) => PhoneNumber.IsLandline(v) ? null : Landline + ".invalid"),
        Validator(Phone, "电话号码校验", "Phone number", (v, _) => PhoneNumber.IsMobile(v) || PhoneNumber.IsLandline(v) ? null : Phone + ".invalid"),
        Validator(PostalCode, "邮政编码校验", "Postal code", (v, _) => Identifiers.PostalCode.IsValid(v) ? null : PostalCode + ".invalid"),
        Validator(BankCard, "银行卡号校验", "Bank card number", (v, _) => BankCardNumber.IsValid(v) ? null : BankCard + ".invalid"),
        Validator(Email, "电子邮箱校验", "E-mail address", (v, _) => EmailAddress.IsValid(v) ? null : Email + ".invalid"),
        Validator(RegionCode, "行政区划代码校验", "Region code", CheckRegionCode),
    }.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, LocalizedText> Messages = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        [IdNumber + ".bad_length"] = new("公民身份号码应为18位", "A resident ID number has 18 characters"),
        [IdNumber + ".bad_characters"] = new("公民身份号码前17位应为数字，末位为数字或X", "The first 17 characters must be digits and the last a digit or X"),
        [IdNumber + ".bad_check_character"] = new("公民身份号码校验码错误", "The check character is wrong"),
        [IdNumber + ".bad_date"] = new("公民身份号码中的出生日期不存在", "The birth date in the ID number is not a real date"),
        [IdNumber + ".future_date"] = new("公民身份号码中的出生日期晚于今天", "The birth date in the ID number is in the future"),
        [IdNumber + ".unknown_region"] = new("公民身份号码中的地区码不是已知的行政区划代码", "The region code in the ID number is not a known GB/T 2260 code"),
        [IdRegionYear + ".invalid"] = new("公民身份号码中的地区码在出生年份尚未设立或已撤销", "The ID number's region code did not exist in the birth year"),
        [CreditCode + ".length"] = new("统一社会信用代码应为18位", "A unified social credit code has 18 characters"),
        [CreditCode + ".character"] = new("统一社会信用代码含有不允许的字符（不使用 I、O、S、V、Z）", "The code holds characters that are not allowed (I, O, S, V, Z are not used)"),
        [CreditCode + ".organization_code_check"] = new("统一社会信用代码中的组织机构代码校验码错误", "The embedded organisation code fails its check"),
        [CreditCode + ".check_character"] = new("统一社会信用代码校验码错误", "The check character is wrong"),
        [OrganizationCode + ".invalid"] = new("组织机构代码格式或校验码错误", "Not a valid organisation code"),
        [Mobile + ".invalid"] = new("不是有效的手机号码（1开头的11位数字）", "Not a mobile number (11 digits starting 1[3-9])"),
        [Landline + ".invalid"] = new("不是有效的固定电话号码（区号+7至8位号码）", "Not a landline number (area code and 7–8 digits)"),
        [Phone + ".invalid"] = new("不是有效的电话号码", "Not a phone number"),
        [PostalCode + ".invalid"] = new("不是有效的邮政编码（6位数字）", "Not a postal code (6 digits)"),
        [BankCard + ".invalid"] = new("不是有效的银行卡号（12至19位数字，Luhn 校验）", "Not a bank card number (12–19 digits, Luhn check)"),
        [Email + ".invalid"] = new("不是有效的电子邮箱地址", "Not an e-mail address"),
        [RegionCode + ".invalid"] = new("不是已知的行政区划代码（GB/T 2260）", "Not a known GB/T 2260 region code"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every rule, in a stable order (standardisers first).</summary>
    public static IReadOnlyList<ValueRule> All { get; } = [.. Rules.Values.OrderBy(r => r.Kind).ThenBy(r => r.Code, StringComparer.Ordinal)];

    /// <summary>The rule with a code, or null.</summary>
    public static ValueRule? Find(string code) => Rules.GetValueOrDefault(code);

    /// <summary>
    /// The message of a failure code returned by a validator (<c>id_number.bad_date</c>), or of a rule code
    /// alone; null when the code is not one of this library's.
    /// </summary>
    public static LocalizedText? Message(string code) =>
        Messages.TryGetValue(code, out var text) ? text
        : Rules.TryGetValue(code, out var rule) ? rule.Label
        : code.IndexOf('.', StringComparison.Ordinal) is > 0 and var dot && Rules.TryGetValue(code[..dot], out var owner) ? owner.Label
        : null;

    private static string? CheckIdNumber(string value, DateOnly today) => ResidentIdNumber.Check(value, today) switch
    {
        ResidentIdFailure.None => null,
        ResidentIdFailure.Empty or ResidentIdFailure.BadLength => IdNumber + ".bad_length",
        ResidentIdFailure.BadCharacters => IdNumber + ".bad_characters",
        ResidentIdFailure.BadCheckCharacter => IdNumber + ".bad_check_character",
        ResidentIdFailure.BadDate => IdNumber + ".bad_date",
        ResidentIdFailure.FutureDate => IdNumber + ".future_date",
        _ => IdNumber + ".unknown_region",
    };

    private static string? CheckIdRegionYear(string value, DateOnly today)
    {
        var check = ResidentIdNumber.Validate(value, today);
        return check.Failure == ResidentIdFailure.None && check.Warning != ResidentIdWarning.None ? IdRegionYear + ".invalid" : null;
    }

    private static string? CheckCreditCode(string value, DateOnly today) => UnifiedSocialCreditCode.Validate(value).Failure switch
    {
        null => null,
        CreditCodeFailure.Empty or CreditCodeFailure.Length => CreditCode + ".length",
        CreditCodeFailure.Character => CreditCode + ".character",
        CreditCodeFailure.OrganizationCodeCheck => CreditCode + ".organization_code_check",
        _ => CreditCode + ".check_character",
    };

    private static string? CheckRegionCode(string value, DateOnly today) =>
        value.Length == 6 && int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) && NationalRegions.IsKnown(code)
            ? null : RegionCode + ".invalid";

    private static ValueRule Standardizer(string code, string zh, string en, Func<string, string> standardize) =>
        new(code, ValueRuleKind.Standardizer, new LocalizedText(zh, en), Standardize: standardize);

    private static ValueRule Validator(string code, string zh, string en, Func<string, DateOnly, string?> check) =>
        new(code, ValueRuleKind.Validator, new LocalizedText(zh, en), Check: check);
}
