// MSBuild inline task (RoslynCodeTaskFactory): marks one GLIBCXX version need of ELF shared
// libraries weak when the system libstdc++ does not define that version.
// Why: docs/decisions/005-libstdcxx-weak-version-need.md.
#nullable enable
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class MarkGlibcxxVersionNeedWeak : Task
{
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const ushort VerFlagWeak = 0x2;

    [Required] public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    [Required] public string VersionName { get; set; } = "";

    public override bool Execute()
    {
        string? system = FindSystemLibStdCxx();
        if (system != null && FileDefinesVersion(system, VersionName))
        {
            Log.LogMessage(MessageImportance.Low, "{0} defines {1}: nothing to patch.", system, VersionName);
            return true;
        }

        foreach (ITaskItem item in Files)
        {
            string path = item.GetMetadata("FullPath");
            try
            {
                string outcome = Patch(path, VersionName);
                Log.LogMessage(MessageImportance.Normal, "{0}: {1}", path, outcome);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Log.LogError("Could not mark {0} weak in {1}: {2}", VersionName, path, e.Message);
            }
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>Sets VER_FLG_WEAK on the named entry of .gnu.version_r; returns what was done.</summary>
    private static string Patch(string path, string versionName)
    {
        byte[] elf = File.ReadAllBytes(path);
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F')
            throw new InvalidDataException("not an ELF file");
        if (elf[4] != 2 || elf[5] != 1)
            throw new InvalidDataException("only little-endian ELF64 is supported");

        ulong sectionTable = BitConverter.ToUInt64(elf, 0x28);
        int entrySize = BitConverter.ToUInt16(elf, 0x3A);
        int count = BitConverter.ToUInt16(elf, 0x3C);
        for (int s = 0; s < count; s++)
        {
            int header = checked((int)sectionTable + s * entrySize);
            if (BitConverter.ToUInt32(elf, header + 4) != ShtGnuVerneed) continue;

            int verneed = checked((int)BitConverter.ToUInt64(elf, header + 0x18));
            int stringSection = (int)BitConverter.ToUInt32(elf, header + 0x28);
            int strings = checked((int)BitConverter.ToUInt64(elf, checked((int)sectionTable + stringSection * entrySize) + 0x18));
            int needs = (int)BitConverter.ToUInt32(elf, header + 0x2C);

            int need = verneed;
            for (int n = 0; n < needs; n++)
            {
                int auxCount = BitConverter.ToUInt16(elf, need + 2);
                int aux = need + (int)BitConverter.ToUInt32(elf, need + 8);
                for (int a = 0; a < auxCount; a++)
                {
                    int name = strings + (int)BitConverter.ToUInt32(elf, aux + 8);
                    if (ReadCString(elf, name) == versionName)
                    {
                        ushort flags = BitConverter.ToUInt16(elf, aux + 4);
                        if ((flags & VerFlagWeak) != 0) return "already weak";
                        BitConverter.GetBytes((ushort)(flags | VerFlagWeak)).CopyTo(elf, aux + 4);
                        File.WriteAllBytes(path, elf);
                        return $"marked the {versionName} need weak";
                    }
                    aux += (int)BitConverter.ToUInt32(elf, aux + 12);
                }
                need += (int)BitConverter.ToUInt32(elf, need + 12);
            }
            return $"no {versionName} need";
        }
        return "no .gnu.version_r section";
    }

    private static string ReadCString(byte[] bytes, int offset)
    {
        int end = Array.IndexOf(bytes, (byte)0, offset);
        return Encoding.ASCII.GetString(bytes, offset, end - offset);
    }

    private static bool FileDefinesVersion(string path, string versionName)
    {
        byte[] needle = Encoding.ASCII.GetBytes(versionName + "\0");
        byte[] bytes = File.ReadAllBytes(path);
        for (int i = 0; i + needle.Length <= bytes.Length; i++)
        {
            int j = 0;
            while (j < needle.Length && bytes[i + j] == needle[j]) j++;
            if (j == needle.Length) return true;
        }
        return false;
    }

    /// <summary>The libstdc++.so.6 the dynamic loader would pick, from ldconfig's cache or the usual directories.</summary>
    private static string? FindSystemLibStdCxx()
    {
        try
        {
            var start = new ProcessStartInfo("/sbin/ldconfig", "-p") { RedirectStandardOutput = true, UseShellExecute = false };
            using Process? ldconfig = Process.Start(start);
            if (ldconfig != null)
            {
                string listing = ldconfig.StandardOutput.ReadToEnd();
                ldconfig.WaitForExit();
                string? line = listing.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith("libstdc++.so.6 ", StringComparison.Ordinal));
                string? path = line?.Split(new[] { "=>" }, StringSplitOptions.None).LastOrDefault()?.Trim();
                if (!string.IsNullOrEmpty(path) && File.Exists(path)) return path;
            }
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            // No ldconfig: fall back to the usual directories.
        }

        string[] candidates =
        {
            "/usr/lib/x86_64-linux-gnu/libstdc++.so.6", "/lib/x86_64-linux-gnu/libstdc++.so.6",
            "/usr/lib/aarch64-linux-gnu/libstdc++.so.6", "/usr/lib64/libstdc++.so.6", "/usr/lib/libstdc++.so.6",
        };
        return candidates.FirstOrDefault(File.Exists);
    }
}
