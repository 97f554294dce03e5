using Diagnostic.Data.Responses;

namespace Diagnostic.Web.Tests.Storage;

public sealed class ResumeCodeTests
{
    [Fact]
    public void A_resume_code_has_eight_characters_none_of_them_easy_to_confuse()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => ResumeCode.New()).ToList();

        Assert.All(codes, code => Assert.Matches("^[2-9A-HJKMNP-Z]{8}$", code));
        Assert.All(codes, code => Assert.DoesNotContain(code, c => "01ILO".Contains(c)));
    }

    [Theory]
    [InlineData("abcd efgh", "ABCDEFGH")]
    [InlineData(" AB2C-D3EF ", "AB2CD3EF")]
    [InlineData("ABCD EFG", null)]
    [InlineData("ABCD EFG0", null)]
    public void A_typed_code_is_read_leniently_but_only_from_the_alphabet(string typed, string? expected) =>
        Assert.Equal(expected, ResumeCode.Normalize(typed));

    [Fact]
    public void The_same_code_hashes_differently_in_two_collectes() =>
        Assert.NotEqual(ResumeCode.Hash(1, "ABCDEFGH"), ResumeCode.Hash(2, "ABCDEFGH"));
}
