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
        var catalog = QuestionnaireCatalog.LoadFolder(folder);
        foreach (var error in catalog.Errors) logger.LogError("Questionnaire not offered: {Error}", error.ToString());
        var loaded = new List<OfferedQuestionnaire>();
        foreach (var (id, questionnaire) in catalog.Questionnaires.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var file = catalog.Files[id];
            var yaml = File.ReadAllText(file);
            // The snapshot must be the very text that was validated; a file saved in between is read next start.
            if (Diagnostic.Data.QuestionnaireSnapshots.HashOf(yaml) != questionnaire.SourceHash)
            {
                logger.LogWarning("Questionnaire {File} changed while it was read; not offered until next start", file);
                continue;
            }
            loaded.Add(new OfferedQuestionnaire(questionnaire, yaml, file));
        }
        offered = loaded;
        logger.LogInformation("{Count} questionnaire(s) offered from {Folder}", loaded.Count, folder);
    }
}
