using HessianDashboard.Torch.Data;
using HessianDashboard.Torch.Data.Text;
using HessianDashboard.Torch.Tests.Data.TestSupport;

namespace HessianDashboard.Torch.Tests.Data.Text;

public sealed class CharCorpusTests
{
    [Fact]
    public void FromText_SmallText_SortsVocabularyAndEncodesEveryCharacter()
    {
        CharCorpus corpus = CharCorpusReader.FromText("hello world\n", "tiny");

        corpus.Vocabulary.ShouldBe(['\n', ' ', 'd', 'e', 'h', 'l', 'o', 'r', 'w']);
        corpus.Tokens.ShouldBe([4, 3, 5, 5, 6, 1, 8, 6, 7, 5, 2, 0]);
        corpus.Decode(corpus.Tokens).ShouldBe("hello world\n");
        corpus.Encode("old").ShouldBe([6, 5, 2]);
        Should.Throw<ArgumentException>(() => corpus.Encode("x")).Message.ShouldContain("U+0078");
    }

    [Fact]
    public void Split_TwentyTokens_FirstEighteenTrainLastTwoValidation()
    {
        CharCorpus corpus = CharCorpusReader.FromText("abcdefghijklmnopqrst", "alphabet");

        corpus.TrainLength.ShouldBe(18);
        corpus.Split(CorpusSplit.Train).Length.ShouldBe(18);
        corpus.Decode(corpus.Split(CorpusSplit.Validation).Span).ShouldBe("st");
    }

    [Fact]
    public void Load_EmptyFile_ThrowsDatasetFormatException()
    {
        using var dir = new TempDirectory();
        string path = DataFiles.Write(dir.File("input.txt"), []);

        var error = Should.Throw<DatasetFormatException>(() => CharCorpusReader.Load(path));

        error.Path.ShouldBe(path);
        error.Detail.ShouldContain("the corpus is empty");
    }

    [Fact]
    public void Load_TinyShakespeare_Has65CharactersAnd1115394TokensSplitAsNanoGpt()
    {
        CharCorpus corpus = CharCorpusReader.Load(SharedData.Require("tinyshakespeare/input.txt"));

        corpus.Name.ShouldBe("TinyShakespeare");
        corpus.VocabularySize.ShouldBe(65);
        corpus.Tokens.Length.ShouldBe(1_115_394);
        corpus.Vocabulary.ShouldBe(corpus.Vocabulary.Order().ToArray());
        corpus.Vocabulary[0].ShouldBe('\n');
        corpus.Vocabulary[1].ShouldBe(' ');
        // nanoGPT shakespeare_char/prepare.py: train int(n*0.9) = 1,003,854 tokens, val 111,540.
        corpus.Split(CorpusSplit.Train).Length.ShouldBe(1_003_854);
        corpus.Split(CorpusSplit.Validation).Length.ShouldBe(111_540);
        corpus.Decode(corpus.Tokens.AsSpan(0, 14)).ShouldBe("First Citizen:");
    }
}
