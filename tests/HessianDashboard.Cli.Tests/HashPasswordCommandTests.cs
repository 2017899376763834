using System.Buffers.Binary;
using HessianDashboard.Cli.Commands;
using HessianDashboard.Cli.Parsing;
using Microsoft.AspNetCore.Identity;
using Spectre.Console;

namespace HessianDashboard.Cli.Tests;

/// <summary><c>hessian hash-password</c> prints an Identity V3 hash of the piped password, and nothing else, on stdout.</summary>
public sealed class HashPasswordCommandTests
{
    private static (int Code, string Out, string Error) Run(string? stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
            Ansi = AnsiSupport.No,
        });
        int code = HashPasswordCommand.Run(args, console, stdin is null ? null : new StringReader(stdin), error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void HashPassword_PipedLine_PrintsAV3HashThatVerifiesIt()
    {
        var (code, output, error) = Run("correct horse battery staple\n");

        code.ShouldBe(CliApp.Ok);
        string hash = output.TrimEnd('\n', '\r');
        hash.ShouldNotContain("\n");
        new PasswordHasher<object>().VerifyHashedPassword(new object(), hash, "correct horse battery staple").ShouldBe(PasswordVerificationResult.Success);
        new PasswordHasher<object>().VerifyHashedPassword(new object(), hash, "correct horse").ShouldBe(PasswordVerificationResult.Failed);
        byte[] bytes = Convert.FromBase64String(hash);
        bytes[0].ShouldBe((byte)0x01);
        BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)).ShouldBe(100_000u);
        error.ShouldContain("Access:Users");
    }

    [Fact]
    public void HashPassword_SamePasswordTwice_GivesDifferentSalts() =>
        Run("pw\n").Out.ShouldNotBe(Run("pw\n").Out);

    [Theory]
    [InlineData("", "no password on standard input")]
    [InlineData("\n", "the password is empty")]
    public void HashPassword_NothingUsable_IsAUsageError(string stdin, string expected) =>
        Should.Throw<UsageException>(() => Run(stdin)).Message.ShouldContain(expected);

    [Fact]
    public void HashPassword_NoTerminalAndNothingPiped_SaysToPipeIt() =>
        Should.Throw<UsageException>(() => Run(null)).Message.ShouldContain("pipe it on standard input");

    [Fact]
    public void HashPassword_AnOption_IsAUsageError() =>
        Should.Throw<UsageException>(() => Run("pw\n", "--rounds", "5")).Message.ShouldContain("unknown option '--rounds'");
}
