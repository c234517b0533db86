using Zhongyuan.Identifiers;

namespace Zhongyuan.Tests.Identifiers;

/// <summary>The checks the rule engine calls once per value must not allocate on valid input.</summary>
public sealed class FastPathAllocationTests
{
    [Fact]
    public void FastPaths_ValidInput_AllocateNothing()
    {
        var ids = IdentifierVectors.ResidentIds(1_000);
        var codes = IdentifierVectors.CreditCodes(1_000);
        Run(ids, codes); // first calls load the tables and compile
        var before = GC.GetAllocatedBytesForCurrentThread();

        var valid = Run(ids, codes);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(ids.Count + codes.Count + 6, valid);
    }

    private static int Run(List<string> ids, List<string> codes)
    {
        var valid = 0;
        foreach (var id in ids)
        {
            valid += ResidentIdNumber.Validate(id, IdentifierVectors.Today).IsValid ? 1 : 0;
        }

        foreach (var code in codes)
        {
            valid += UnifiedSocialCreditCode.CheckFast(code) is null ? 1 : 0;
        }

        valid += PhoneNumber.IsMobile("+86 138-0013-8000") ? 1 : 0;
        valid += PhoneNumber.IsLandline("0371-65551234转8001") ? 1 : 0;
        valid += PostalCode.IsValid("450000") ? 1 : 0;
        valid += BankCardNumber.IsValid("4111 1111 1111 1111") ? 1 : 0;
        valid += EmailAddress.IsValid("zhang.san@henan.gov.cn") ? 1 : 0;
        valid += RegionResolver.Resolve("河南省郑州市金水区") is not null ? 1 : 0;
        return valid;
    }
}
