using Diagnostic.Web.Pages.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Authorization;

/// <summary>Identity's messages that staff can meet (password rules, duplicate email) in the page's language.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<AccountText> text) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), string.Format(text["Identity.PasswordTooShort"], length));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), string.Format(text["Identity.PasswordRequiresUniqueChars"], uniqueChars));

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), text["Identity.DuplicateEmail"]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), text["Identity.DuplicateEmail"]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), text["Identity.InvalidEmail"]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), text["Identity.InvalidEmail"]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), text["Password.WrongCurrent"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
