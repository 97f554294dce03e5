using Diagnostic.Core.Questionnaires;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Questionnaires;

/// <summary>
/// The questionnaires offered by this instance, read once at start. An invalid file is logged with
/// file:line:column and left out; the application starts anyway.
/// </summary>
public sealed class QuestionnaireLibrary(
    IOptions<QuestionnaireOptions> options, IWebHostEnvironment environment, ILogger<QuestionnaireLibrary> logger)
{
    private IReadOnlyList<OfferedQuestionnaire> offered = [];

    public IReadOnlyList<OfferedQuestionnaire> Offered => offered;

    public OfferedQuestionnaire? Find(string id) => offered.FirstOrDefault(q => q.Questionnaire.Id == id);

    public void Load()
    {
        var folder = options.Value.ResolveDirectory(environment.ContentRootPath);
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Questionnaire folder {Folder} does not exist; no questionnaire is offered", folder);
            return;
        }
        var loaded = new List<OfferedQuestionnaire>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.y*ml").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var result = QuestionnaireReader.Read(text, file);
            foreach (var error in result.Errors) logger.LogError("Questionnaire not offered: {Error}", error.ToString());
            if (result.Questionnaire is not { } questionnaire) continue;
            if (loaded.Any(q => q.Questionnaire.Id == questionnaire.Id))
            {
                logger.LogError("Questionnaire not offered: {File}:1:1: id '{Id}' is already used by another file", file, questionnaire.Id);
                continue;
            }
            loaded.Add(new OfferedQuestionnaire(questionnaire, text, file));
        }
        offered = loaded;
        logger.LogInformation("{Count} questionnaire(s) offered from {Folder}", loaded.Count, folder);
    }
}
