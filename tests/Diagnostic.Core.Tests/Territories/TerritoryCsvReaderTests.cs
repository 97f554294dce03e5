using System.Text;
using Diagnostic.Core.Territories;

namespace Diagnostic.Core.Tests.Territories;

public class TerritoryCsvReaderTests
{
    private const string Valid = """
        code,name,parent,population
        EST,Estrie,,
        SHE,Sherbrooke,EST,172950
        MAG,Memphrémagog,EST,
        SHE-01,Jardins-Fleuris,SHE,12500
        SHE-02,"Ascot, secteur nord",SHE,8200
        MAG-01,Magog centre,MAG,0
        """;

    private static TerritoryReadResult Read(string csv) => TerritoryCsvReader.ReadText(csv, "territoires.csv");

    private static Diagnostic.Core.DataFiles.DataFileError SingleError(string csv)
    {
        var result = Read(csv);
        Assert.False(result.IsValid);
        Assert.Null(result.Tree);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Valid_file_gives_the_whole_tree_with_levels_and_populations()
    {
        var result = Read(Valid);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var tree = result.Tree!;
        Assert.Equal(["EST", "SHE", "MAG", "SHE-01", "SHE-02", "MAG-01"], tree.Territories.Select(t => t.Code));
        Assert.Equal(new TerritoryNode("SHE-02", "Ascot, secteur nord", "SHE", 8200, 2), tree["SHE-02"]);
        Assert.Equal(new TerritoryNode("EST", "Estrie", null, null, 0), tree["EST"]);
        Assert.Equal(0, tree["MAG-01"].Population);
        Assert.Equal(["SHE-01", "SHE-02", "MAG-01"], tree.Leaves.Select(t => t.Code));
    }

    [Fact]
    public void Semicolon_file_from_excel_with_bom_and_crlf_is_read_like_a_comma_file()
    {
        var csv = "\uFEFFcode;name;parent;population\r\nVIL;Victoriaville;;47000\r\nVIL-1;\"Quartier \"\"Sainte-Famille\"\"; est\";VIL;3 \r\n";

        var result = TerritoryCsvReader.Read(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv[1..])).ToArray(), "t.csv");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal("Quartier \"Sainte-Famille\"; est", result.Tree!["VIL-1"].Name);
        Assert.Equal(3, result.Tree["VIL-1"].Population);
    }

    [Fact]
    public void Population_column_may_be_left_out()
    {
        var result = Read("code,name,parent\nA,Alpha,\nA1,Alpha un,A\n");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Null(result.Tree!["A1"].Population);
    }

    [Fact]
    public void Quoted_name_over_two_lines_keeps_the_line_numbers_of_later_rows()
    {
        var error = SingleError("code,name,parent,population\nA,\"Alpha\nsur deux lignes\",,\nB,Beta,X,\n");

        Assert.Equal(4, error.Row);
        Assert.Equal(3, error.Column);
    }

    [Fact]
    public void Wrong_header_names_the_unknown_column()
    {
        var error = Read("code,nom,parent,population\nA,Alpha,,\n").Errors[0];

        Assert.Equal((1, 2), (error.Row, error.Column));
        Assert.Contains("unknown column 'nom'", error.Message);
    }

    [Fact]
    public void Header_without_parent_column_is_refused()
    {
        var error = SingleError("code,name\nA,Alpha\n");

        Assert.Equal(1, error.Row);
        Assert.Contains("missing column 'parent'", error.Message);
    }

    [Fact]
    public void Empty_file_is_refused()
    {
        var error = SingleError("");

        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void Header_alone_lists_no_territory()
    {
        var error = SingleError("code,name,parent,population\n");

        Assert.Contains("no territory", error.Message);
    }

    [Fact]
    public void Empty_code_is_refused_with_its_line()
    {
        var error = SingleError("code,name,parent,population\nA,Alpha,,\n ,Sans code,A,\n");

        Assert.Equal((3, 1), (error.Row, error.Column));
        Assert.Contains("code is empty", error.Message);
    }

    [Fact]
    public void Duplicate_code_points_to_the_first_occurrence()
    {
        var error = SingleError("code,name,parent,population\nA,Alpha,,\nB,Beta,A,\nB,Bêta bis,A,\n");

        Assert.Equal((4, 1), (error.Row, error.Column));
        Assert.Contains("duplicate code 'B' (first on line 3)", error.Message);
    }

    [Fact]
    public void Unknown_parent_is_refused_in_the_parent_column()
    {
        var error = SingleError("code,name,parent,population\nA,Alpha,,\nB,Beta,Z,\n");

        Assert.Equal((3, 3), (error.Row, error.Column));
        Assert.Contains("unknown parent 'Z'", error.Message);
    }

    [Fact]
    public void Cycle_names_every_code_in_it()
    {
        var error = SingleError("code,name,parent,population\nR,Racine,,\nA,Alpha,C,\nB,Beta,A,\nC,Gamma,B,\nD,Delta,A,\n");

        Assert.Equal((3, 3), (error.Row, error.Column));
        Assert.Equal("cycle in parents: A → C → B → A", error.Message);
    }

    [Fact]
    public void Territory_that_is_its_own_parent_is_a_cycle()
    {
        var error = SingleError("code,name,parent,population\nA,Alpha,A,\n");

        Assert.Equal("cycle in parents: A → A", error.Message);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("12.5")]
    [InlineData("1 250")]
    [InlineData("beaucoup")]
    [InlineData("99999999999")]
    public void Population_that_is_not_a_non_negative_whole_number_is_refused(string population)
    {
        var error = SingleError($"code,name,parent,population\nA,Alpha,,\"{population}\"\n");

        Assert.Equal((2, 4), (error.Row, error.Column));
        Assert.Contains("population", error.Message);
    }

    [Fact]
    public void Stray_quote_in_a_field_is_broken_quoting()
    {
        var error = SingleError("code,name,parent,population\nA,Alpha,,\nB,Le \"Vieux\" quartier,A,\n");

        Assert.Equal((3, 2), (error.Row, error.Column));
        Assert.StartsWith("broken quoting", error.Message);
    }

    [Fact]
    public void Quote_never_closed_is_broken_quoting()
    {
        var error = Read("code,name,parent,population\nA,Alpha,,\nB,\"Beta,A,\nC,Gamma,A,\n").Errors[0];

        Assert.Equal((3, 2), (error.Row, error.Column));
        Assert.StartsWith("broken quoting", error.Message);
    }

    [Fact]
    public void Broken_quoting_in_the_header_is_the_only_error_reported()
    {
        var error = SingleError("code,\"name,parent,population\n");

        Assert.Equal((1, 2), (error.Row, error.Column));
        Assert.StartsWith("broken quoting", error.Message);
    }

    [Fact]
    public void Row_with_a_missing_field_is_refused()
    {
        var error = SingleError("code,name,parent,population\nA,Alpha,,\nB,Beta\n");

        Assert.Equal(3, error.Row);
        Assert.Contains("expected 4 fields", error.Message);
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_its_line()
    {
        // "Montréal" saved as Windows-1252: é is the single byte 0xE9, invalid in UTF-8.
        var bytes = Encoding.ASCII.GetBytes("code,name,parent,population\nA,Alpha,,\nB,Montr")
            .Append((byte)0xE9).Concat(Encoding.ASCII.GetBytes("al,A,\n")).ToArray();

        var result = TerritoryCsvReader.Read(bytes, "t.csv");

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Tree);
        Assert.Equal((3, 2), (error.Row, error.Column));
        Assert.Contains("UTF-8", error.Message);
    }

    [Fact]
    public void Invalid_utf8_after_a_byte_order_mark_is_placed_on_the_right_line()
    {
        var bytes = Encoding.UTF8.GetPreamble()
            .Concat(Encoding.ASCII.GetBytes("code;name;parent;population\nA;Alpha;;\nB;Beta;A;12"))
            .Append((byte)0xFF).Concat(Encoding.ASCII.GetBytes("\n")).ToArray();

        var error = Assert.Single(TerritoryCsvReader.Read(bytes, "t.csv").Errors);

        Assert.Equal((3, 4), (error.Row, error.Column));
    }

    [Fact]
    public void Code_all_is_reserved_for_the_whole_territory()
    {
        var error = SingleError("code,name,parent,population\nALL,Tout,,\n");

        Assert.Contains("reserved", error.Message);
    }

    [Theory]
    [InlineData("Sainte Cécile")]
    [InlineData("Cécile")]
    [InlineData("-nord")]
    [InlineData("nord/sud")]
    public void A_code_the_territory_form_would_refuse_is_refused_at_its_line_and_column(string code)
    {
        var result = Read($"code,name,parent,population\nA,Alpha,,\n{code},Quartier,A,\nB,Beta,{code},\n");

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Tree);
        Assert.Equal((3, 1, Diagnostic.Core.DataFiles.DataFileProblem.CodeInvalid), (error.Row, error.Column, error.Kind));
        Assert.Equal([code], error.Arguments);
    }

    [Fact]
    public void A_code_or_name_longer_than_the_database_column_is_refused_with_its_length()
    {
        var longCode = new string('c', 65);
        var longName = new string('n', 201);

        var result = Read($"code,name,parent,population\nA,Alpha,,\n{longCode},Quartier,A,\nB,{longName},A,\n");

        Assert.Null(result.Tree);
        Assert.Equal(
            ["territoires.csv:3:1: the code has 65 characters, more than the 64 allowed",
             "territoires.csv:4:2: the name has 201 characters, more than the 200 allowed"],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_code_and_name_at_the_longest_allowed_are_accepted()
    {
        var code = "Q" + new string('q', 63);
        var name = new string('n', 200);

        var result = Read($"code,name,parent,population\nA,Alpha,,\n{code},{name},A,\n");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(name, result.Tree![code].Name);
    }

    [Fact]
    public void Every_error_is_reported_and_no_tree_is_built()
    {
        var result = Read("code,name,parent,population\nA,Alpha,,x\nA,Alpha,,\nB,Beta,Q,\n");

        Assert.Null(result.Tree);
        Assert.Equal([2, 3, 4], result.Errors.Select(e => e.Row));
        Assert.Equal("territoires.csv:4:3: unknown parent 'Q': no territory has this code", result.Errors[2].ToString());
    }

    [Fact]
    public async Task File_on_disk_is_read_with_its_path_in_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"territoires-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, "code,name,parent,population\nA,Alpha,B,\n");
        try
        {
            var result = await TerritoryCsvReader.ReadFileAsync(path);

            Assert.Equal(path, Assert.Single(result.Errors).File);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
