namespace HessianDashboard.Torch.Probing;

/// <summary>
/// Which Hessian a <see cref="NetworkHessian"/> is, known without building it: the fingerprint (SHA-256 of parameter
/// names, shapes and values, the selected group, the precision and the batch contents — equal fingerprints mean the
/// same matrix H), its dimension n and the names of the parameters it is taken over.
/// </summary>
/// <param name="Fingerprint">Hex SHA-256; the same string <see cref="NetworkHessian.Fingerprint"/> returns.</param>
/// <param name="Dimension">n, the number of selected parameters.</param>
/// <param name="ParameterNames">The selected parameters in <c>named_parameters()</c> order.</param>
public sealed record HessianIdentity(string Fingerprint, int Dimension, IReadOnlyList<string> ParameterNames);
