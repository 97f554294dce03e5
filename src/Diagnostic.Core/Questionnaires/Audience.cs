namespace Diagnostic.Core.Questionnaires;

public enum Audience
{
    Citizen,
    Partner,
}

public static class AudienceCodes
{
    public const string Citizen = "citizen";
    public const string Partner = "partner";

    public static string ToCode(this Audience audience) => audience switch
    {
        Audience.Citizen => Citizen,
        Audience.Partner => Partner,
        _ => throw new ArgumentOutOfRangeException(nameof(audience)),
    };

    public static bool TryParse(string code, out Audience audience)
    {
        switch (code)
        {
            case Citizen: audience = Audience.Citizen; return true;
            case Partner: audience = Audience.Partner; return true;
            default: audience = default; return false;
        }
    }
}
