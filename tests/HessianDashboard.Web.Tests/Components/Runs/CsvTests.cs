using HessianDashboard.Web.Components.Runs;

namespace HessianDashboard.Web.Tests.Components.Runs;

public sealed class CsvTests
{
    [Fact]
    public void Row_FieldsWithCommasQuotesAndLineBreaks_AreQuotedAndParseBack()
    {
        string[] awkward = ["plain", "a,b", "say \"hi\"", "two\r\nlines", "", "trailing\n"];

        var csv = new Csv("x", "y", "z", "w", "v", "u").Row(awkward).ToString();

        csv.ShouldStartWith("x,y,z,w,v,u\r\nplain,\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",,\"trailing\n\"\r\n");
        Csv.Parse(csv).ShouldBe([["x", "y", "z", "w", "v", "u"], awkward]);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(1.0 / 3)]
    [InlineData(-0.0)]
    [InlineData(double.Epsilon)]
    [InlineData(double.MaxValue)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(6.02214076e23)]
    public void Number_AnyDouble_ParsesBackToTheSameBits(double value)
    {
        string text = Csv.Number(value);

        BitConverter.DoubleToInt64Bits(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(BitConverter.DoubleToInt64Bits(value));
        text.ShouldNotContain(",");
    }
}
