namespace Diagnostic.Data.Entities;

public enum ResponseChannel
{
    Web,
    Paper,
    Kiosk,
    Import,
}
