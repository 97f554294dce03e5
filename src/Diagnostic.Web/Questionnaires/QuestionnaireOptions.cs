namespace Diagnostic.Web.Questionnaires;

/// <summary>Where the questionnaire files live (section "Questionnaires").</summary>
public sealed class QuestionnaireOptions
{
    public const string Section = "Questionnaires";

    /// <summary>Empty: the repository's questionnaires/ folder, found by walking up from the content root.</summary>
    public string? Directory { get; set; }

    public string ResolveDirectory(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(Directory)) return Path.GetFullPath(Directory, contentRoot);
        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "questionnaires");
            if (System.IO.Directory.Exists(candidate)) return candidate;
        }
        return Path.Combine(contentRoot, "questionnaires");
    }
}
