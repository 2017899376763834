using HessianDashboard.Cli.Parsing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace HessianDashboard.Cli.Commands;

/// <summary>
/// <c>hessian hash-password</c>: reads a password (typed twice without echo on a terminal, or the first line of piped
/// stdin) and prints its ASP.NET Core Identity V3 hash — PBKDF2-HMAC-SHA512, 100,000 iterations, random 16-byte salt —
/// alone on stdout, for the dashboard's <c>Access:Users:N:PasswordHash</c> (docs/security.md).
/// </summary>
internal static class HashPasswordCommand
{
    /// <summary>The longest password accepted (the dashboard ignores longer ones).</summary>
    public const int MaxLength = 1024;

    private static readonly PasswordHasher<object> Hasher = new(Options.Create(new PasswordHasherOptions
    {
        CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
        IterationCount = 100_000,
    }));

    /// <param name="args">No options.</param>
    /// <param name="console">Prompts on a terminal; the hash goes to its output writer unwrapped.</param>
    /// <param name="piped">Standard input when it is redirected, else null (then the console prompts).</param>
    /// <param name="error">Where the hint goes (stdout carries the hash alone).</param>
    public static int Run(string[] args, IAnsiConsole console, TextReader? piped, TextWriter error)
    {
        _ = new ParsedArguments(args, [], []);
        string password = piped is not null ? ReadPiped(piped) : Prompt(console);
        if (password.Length == 0) throw new UsageException("the password is empty");
        if (password.Length > MaxLength) throw new UsageException($"the password is longer than {MaxLength} characters");
        var output = console.Profile.Out.Writer;
        output.WriteLine(Hasher.HashPassword(new object(), password));
        output.Flush();
        error.WriteLine("Put this as PasswordHash of a user in the Access:Users list (appsettings.json, or Access__Users__0__PasswordHash); see docs/security.md.");
        return CliApp.Ok;
    }

    private static string ReadPiped(TextReader piped) =>
        piped.ReadLine() ?? throw new UsageException("no password on standard input (pipe one line, or run in a terminal to type it)");

    private static string Prompt(IAnsiConsole console)
    {
        if (!console.Profile.Capabilities.Interactive)
            throw new UsageException("no terminal to type the password in: pipe it on standard input");
        string first = console.Prompt(new TextPrompt<string>("Password:").Secret(null).AllowEmpty());
        string second = console.Prompt(new TextPrompt<string>("Again:").Secret(null).AllowEmpty());
        return first == second ? first : throw new UsageException("the two passwords differ");
    }
}
