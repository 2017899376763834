namespace HessianDashboard.Torch.Data;

/// <summary>
/// A character-level corpus (TinyShakespeare): the sorted distinct characters are the vocabulary,
/// token i is <c>Vocabulary[i]</c>, and the text is encoded once.
/// </summary>
/// <param name="Name">What the corpus is, e.g. "TinyShakespeare".</param>
/// <param name="Vocabulary">Distinct characters in ordinal order (65 for TinyShakespeare).</param>
/// <param name="Tokens">The whole text encoded, one token per character.</param>
public sealed record CharCorpus(string Name, char[] Vocabulary, int[] Tokens)
{
    /// <summary>Vocabulary size.</summary>
    public int VocabularySize => Vocabulary.Length;

    /// <summary>
    /// Number of training tokens, ⌊0.9 n⌋ computed in float64 exactly as nanoGPT's <c>prepare.py</c> does
    /// (<c>int(n*0.9)</c>): 1,003,854 of 1,115,394 for TinyShakespeare; the rest (111,540) is validation.
    /// </summary>
    public int TrainLength => (int)(Tokens.Length * 0.9);

    /// <summary>The tokens of <paramref name="split"/>: the first <see cref="TrainLength"/> tokens, or the rest.</summary>
    public ReadOnlyMemory<int> Split(CorpusSplit split) => split switch
    {
        CorpusSplit.Train => Tokens.AsMemory(0, TrainLength),
        CorpusSplit.Validation => Tokens.AsMemory(TrainLength),
        _ => throw new ArgumentOutOfRangeException(nameof(split), split, "Unknown split."),
    };

    /// <summary>Encodes <paramref name="text"/>; every character must be in the vocabulary.</summary>
    public int[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int[] tokens = new int[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            int token = Array.BinarySearch(Vocabulary, text[i]);
            if (token < 0) throw new ArgumentException($"Character U+{(int)text[i]:X4} at index {i} is not in the vocabulary.", nameof(text));
            tokens[i] = token;
        }
        return tokens;
    }

    /// <summary>Decodes tokens back to text.</summary>
    public string Decode(ReadOnlySpan<int> tokens)
    {
        char[] chars = new char[tokens.Length];
        for (int i = 0; i < tokens.Length; i++) chars[i] = Vocabulary[tokens[i]];
        return new string(chars);
    }
}
