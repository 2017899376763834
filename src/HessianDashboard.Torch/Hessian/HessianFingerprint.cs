using System.Security.Cryptography;
using System.Text;
using static TorchSharp.torch;

namespace HessianDashboard.Torch.Hessian;

/// <summary>SHA-256 over everything that determines a Hessian: parameters, selected group, precision, batch.</summary>
internal static class HessianFingerprint
{
    public static string Compute(HessianBatch batch, HessianPrecision precision)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Text(string s) => hash.AppendData(Encoding.UTF8.GetBytes(s + "\n"));
        void Data(Tensor t)
        {
            using var scope = NewDisposeScope();
            var host = t.detach().cpu().contiguous();
            Text($"{host.dtype}[{string.Join(",", host.shape)}]");
            hash.AppendData(host.bytes);
        }
        Text("hessian-fingerprint/1");
        Text(precision.ToString());
        Text(string.Join(";", batch.Group.Names));
        foreach (var (name, p) in batch.Model.Module.named_parameters())
        {
            Text(name);
            Data(p);
        }
        Data(batch.Inputs);
        Data(batch.Targets);
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
