namespace Diagnostic.Core.Responses;

/// <summary>
/// The shape every exported submitted_at has (2026-05-01T14:30:00-04:00 or 2026-05-01T18:30:00Z), read without the
/// general parser, which took a fifth of a large file's read. Accepts only what DateTimeOffset.TryParseExact with
/// "yyyy-MM-dd'T'HH:mm:ssK" accepts, with the same value; anything else (other shapes, and out-of-range parts)
/// returns false so the caller asks the general parser, which also words the error.
/// </summary>
internal static class IsoTimestamp
{
    private const long TicksPerMinute = TimeSpan.TicksPerMinute;

    public static bool TryParse(ReadOnlySpan<char> s, out DateTimeOffset at)
    {
        at = default;
        if (s.Length is not (20 or 25) || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        {
            return false;
        }
        if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second))
        {
            return false;
        }
        // Years 1 and 9999 are left to the general parser: an offset could take them out of range.
        if (year is < 2 or > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        var offset = 0;
        if (s.Length == 20)
        {
            if (s[19] != 'Z')
            {
                return false;
            }
        }
        else
        {
            if (s[19] is not ('+' or '-') || s[22] != ':' || !Digits(s, 20, 2, out var offsetHours) || !Digits(s, 23, 2, out var offsetMinutes)
                || offsetMinutes > 59)
            {
                return false;
            }
            offset = offsetHours * 60 + offsetMinutes;
            if (offset > 14 * 60)
            {
                return false;
            }
            if (s[19] == '-')
            {
                offset = -offset;
            }
        }
        at = new DateTimeOffset(year, month, day, hour, minute, second, new TimeSpan(offset * TicksPerMinute));
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            var digit = s[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }
            value = value * 10 + digit;
        }
        return true;
    }
}
