namespace HessianDashboard.Torch.Data.Text;

/// <summary>Reads a UTF-8 text file (TinyShakespeare's <c>input.txt</c>) into a <see cref="CharCorpus"/>.</summary>
public static class CharCorpusReader
{
    /// <summary>
    /// Vocabulary = the distinct UTF-16 characters of the text sorted ordinally (as Python's <c>sorted(set(data))</c>
    /// for text in the Basic Multilingual Plane); tokens = each character's index in it. Line endings are kept as they are.
    /// </summary>
    /// <exception cref="DatasetFormatException">The file is empty.</exception>
    public static CharCorpus Load(string path, string name = "TinyShakespeare")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"Corpus file '{path}' does not exist.", path);
        string text = File.ReadAllText(path);
        if (text.Length == 0) throw new DatasetFormatException(path, "the corpus is empty; expected at least 2 characters of text");
        return FromText(text, name);
    }

    /// <summary>Builds a corpus from text held in memory.</summary>
    public static CharCorpus FromText(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        char[] vocabulary = [.. text.Distinct().Order()];
        var index = new Dictionary<char, int>(vocabulary.Length);
        for (int i = 0; i < vocabulary.Length; i++) index[vocabulary[i]] = i;
        int[] tokens = new int[text.Length];
        for (int i = 0; i < text.Length; i++) tokens[i] = index[text[i]];
        return new CharCorpus(name, vocabulary, tokens);
    }
}
