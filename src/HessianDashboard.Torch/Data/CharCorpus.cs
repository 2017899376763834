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
}
