using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Localization;

/// <summary>
/// ASP.NET Core's own messages for a value it cannot bind (« The value 'abc' is not valid for After. ») shown on a
/// page's error list, in the reader's language and without the property's code name (issue 13: no English or code
/// shown to French readers). The localizer reads the request's culture when a message is made.
/// </summary>
public static class ModelBindingWords
{
    public static IServiceCollection AddModelBindingWords(this IServiceCollection services)
    {
        services.AddOptions<MvcOptions>().Configure<IStringLocalizer<SharedResource>>((options, words) =>
        {
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, _) => words["Binding.ValueInvalid", value]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => words["Binding.ValueInvalid", value]);
            messages.SetValueIsInvalidAccessor(value => words["Binding.ValueInvalid", value]);
            messages.SetUnknownValueIsInvalidAccessor(_ => words["Binding.Invalid"]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => words["Binding.Invalid"]);
            messages.SetValueMustBeANumberAccessor(_ => words["Binding.Number"]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => words["Binding.Number"]);
            messages.SetValueMustNotBeNullAccessor(_ => words["Binding.Required"]);
            messages.SetMissingBindRequiredValueAccessor(_ => words["Binding.Required"]);
            messages.SetMissingKeyOrValueAccessor(() => words["Binding.Required"]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => words["Binding.Required"]);
        });
        return services;
    }
}
