"""Virtual Token Unmerging (VTU): RoPE attention over a merged sequence, computed from its unique tokens.

A merged sequence of N positions holds U < N distinct embeddings: e = M·e_un with M (N, U) one-hot rows. Per-token
operators (linear maps, LayerNorm, MLP) commute with M, so only attention needs care, and there RoPE's rotation
splits per frequency pair into cos/sin diagonals around products of unique tokens (DyMU §3.2).
"""
import torch

DTYPE = torch.float64


def merge_matrix(groups, unique_count):
    """The one-hot M (N, U) whose row p picks the unique token of position p."""
    return torch.nn.functional.one_hot(groups, unique_count).to(DTYPE)


def rope_angles(length, head_dim, base=10000.0):
    """θ (N, D/2): position times inverse frequency of each rotated pair."""
    inverse_frequency = base ** (-torch.arange(0, head_dim, 2, dtype=DTYPE) / head_dim)
    return torch.arange(length, dtype=DTYPE)[:, None] * inverse_frequency[None, :]


def rotate(x, angles):
    """RoPE with the pair (x_j, x_{j+D/2}) rotated by θ_j."""
    half = x.shape[-1] // 2
    x1, x2 = x[..., :half], x[..., half:]
    cos, sin = angles.cos(), angles.sin()
    return torch.cat([x1 * cos - x2 * sin, x1 * sin + x2 * cos], dim=-1)


def rope_logits(q, k, angles):
    """Reference: q, k (H, N, D) rotated at their positions, then q·kᵀ (H, N, N)."""
    return rotate(q, angles) @ rotate(k, angles).transpose(-2, -1)


def vtu_logits(q_unique, k_unique, merge, angles):
    """The same logits from unique tokens q, k (H, U, D):
    A = Σ_j C·M·QKᵀ·Mᵀ·C + S·M·QKᵀ·Mᵀ·S + S·M·(Q×Kᵀ)·Mᵀ·C − C·M·(Q×Kᵀ)·Mᵀ·S,
    with C, S the cos/sin of θ_j at the original positions, QKᵀ = Q₁K₁ᵀ + Q₂K₂ᵀ and Q×Kᵀ = Q₁K₂ᵀ − Q₂K₁ᵀ."""
    half = q_unique.shape[-1] // 2
    q1, q2 = q_unique[..., :half], q_unique[..., half:]
    k1, k2 = k_unique[..., :half], k_unique[..., half:]
    cos, sin = angles.cos(), angles.sin()
    logits = 0
    for j in range(half):
        dot = merge @ (q1[..., j, None] * k1[..., None, :, j] + q2[..., j, None] * k2[..., None, :, j]) @ merge.T
        cross = merge @ (q1[..., j, None] * k2[..., None, :, j] - q2[..., j, None] * k1[..., None, :, j]) @ merge.T
        c, s = cos[:, j], sin[:, j]
        logits = logits + (c[:, None] * dot * c[None, :] + s[:, None] * dot * s[None, :]
                           + s[:, None] * cross * c[None, :] - c[:, None] * cross * s[None, :])
    return logits


def remerge(tokens, merge):
    """(MᵀM)⁻¹Mᵀ·tokens: the mean of each group, VTU's only approximation."""
    return torch.linalg.solve(merge.T @ merge, merge.T @ tokens)


class RandomRopeAttention:
    """One causal multi-head RoPE attention layer (as in an LLM) with random float64 weights, plus a per-token
    LayerNorm+MLP for the commutation check."""

    def __init__(self, generator, width=64, heads=2, head_dim=32):
        def weight(rows, columns):
            return torch.randn(rows, columns, generator=generator, dtype=DTYPE) / rows ** 0.5

        self.heads, self.head_dim = heads, head_dim
        self.w_q, self.w_k, self.w_v = (weight(width, heads * head_dim) for _ in range(3))
        self.w_o = weight(heads * head_dim, width)
        self.w_up, self.w_down = weight(width, 4 * width), weight(4 * width, width)

    def project(self, tokens):
        def split(x):
            return x.reshape(tokens.shape[0], self.heads, self.head_dim).transpose(0, 1)

        return split(tokens @ self.w_q), split(tokens @ self.w_k), split(tokens @ self.w_v)

    def per_token(self, tokens):
        normed = torch.nn.functional.layer_norm(tokens, tokens.shape[-1:])
        return torch.nn.functional.gelu(normed @ self.w_up) @ self.w_down

    def _finish(self, logits, values):
        length = logits.shape[-1]
        causal = torch.full((length, length), float("-inf"), dtype=DTYPE).triu(1)
        weights = (logits * self.head_dim ** -0.5 + causal).softmax(dim=-1)
        return (weights @ values).transpose(0, 1).reshape(length, -1) @ self.w_o

    def full(self, tokens):
        """Reference: the layer on a sequence, positions 0..n-1; returns (logits, output)."""
        q, k, v = self.project(tokens)
        logits = rope_logits(q, k, rope_angles(tokens.shape[0], self.head_dim))
        return logits, self._finish(logits, v)

    def virtual_unmerged(self, unique_tokens, merge):
        """VTU: the layer on M·unique_tokens, computed from the unique tokens only; returns (logits, output)."""
        q, k, v = self.project(unique_tokens)
        logits = vtu_logits(q, k, merge, rope_angles(merge.shape[0], self.head_dim))
        return logits, self._finish(logits, merge @ v)


def region_groups(generator, side, region_count):
    """Merge groups of a side×side patch grid in raster order: a random guillotine partition into rectangles,
    the shape DToMe's merges of similar neighbouring patches take. Groups are numbered by first appearance."""
    regions = [(0, side, 0, side)]
    while len(regions) < region_count:
        weights = [(bottom - top) * (right - left) * (0.5 + float(torch.rand(1, generator=generator)))
                   if max(bottom - top, right - left) > 1 else 0.0 for top, bottom, left, right in regions]
        top, bottom, left, right = regions.pop(max(range(len(regions)), key=weights.__getitem__))
        if bottom - top >= right - left:
            cut = top + 1 + int(torch.randint(0, bottom - top - 1, (1,), generator=generator))
            regions += [(top, cut, left, right), (cut, bottom, left, right)]
        else:
            cut = left + 1 + int(torch.randint(0, right - left - 1, (1,), generator=generator))
            regions += [(top, bottom, left, cut), (top, bottom, cut, right)]
    groups = torch.empty(side * side, dtype=torch.long)
    for number, (top, bottom, left, right) in enumerate(regions):
        for row in range(top, bottom):
            groups[row * side + left:row * side + right] = number
    first_seen = {}
    for group in groups.tolist():
        first_seen.setdefault(group, len(first_seen))
    return torch.tensor([first_seen[group] for group in groups.tolist()])


def relative_error(approximation, reference):
    return float((approximation - reference).norm() / reference.norm())


def vtu_exactness(seed, prefix=32, side=24, regions=195, width=64, heads=2, head_dim=32):
    """Part (a), in an LLaVA-like layout: `prefix` text tokens, then a side×side image merged into `regions`
    groups. Returns VTU's error against full RoPE attention, the per-token commutation error, and how far the
    re-merged VTU output and the output of merged tokens fed at compressed positions are from the exact output
    of the image positions (relative Frobenius errors)."""
    if not 0 < regions <= side * side:
        raise ValueError("regions must be between 1 and side² = %d, got %d" % (side * side, regions))
    generator = torch.Generator().manual_seed(seed)
    layer = RandomRopeAttention(generator, width, heads, head_dim)
    groups = torch.cat([torch.arange(prefix), prefix + region_groups(generator, side, regions)])
    unique_count = prefix + regions
    merge = merge_matrix(groups, unique_count)
    unique_tokens = torch.randn(unique_count, width, generator=generator, dtype=DTYPE)
    expanded = merge @ unique_tokens

    full_logits, full_output = layer.full(expanded)
    vtu_logits_, vtu_output = layer.virtual_unmerged(unique_tokens, merge)
    _, compressed_output = layer.full(unique_tokens)
    commute = (layer.per_token(expanded) - merge @ layer.per_token(unique_tokens)).abs().max()
    image = slice(prefix, None)
    return {
        "vtu_max_abs_error": float(max((vtu_logits_ - full_logits).abs().max(),
                                       (vtu_output - full_output).abs().max())),
        "per_token_commute_error": float(commute),
        "vtu_remerge_error": relative_error((merge @ remerge(vtu_output, merge))[image], full_output[image]),
        "compressed_positions_error": relative_error((merge @ compressed_output)[image], full_output[image]),
        "max_abs_logit": float(full_logits.abs().max()),
    }
