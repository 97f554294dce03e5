namespace Diagnostic.Core.Plans;

/// <summary>
/// The plan's seasons by whole months (printemps = mars–mai, été = juin–août, automne = septembre–novembre,
/// hiver = décembre–février). « hiver 2027 » is the winter whose January falls in 2027, so it starts in December 2026,
/// as Québec school and CEGEP calendars read « hiver 2027 ».
/// </summary>
public enum Season
{
    Spring,
    Summer,
    Autumn,
    Winter,
}
