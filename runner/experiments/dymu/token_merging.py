"""Bipartite soft matching with size tracking: the merge step that ToMe and DToMe apply inside a ViT block.

Token tensors are padded batches: x (B, N, C) with sizes (B, N), where a size counts the original patches a token
stands for and size 0 marks padding. Index 0 is the CLS token, which is never merged. Valid tokens always sit at
the front of a row, so alternating positions split the valid tokens of every image evenly into A and B.
"""
import math

import torch


def edge_scores(keys, sizes):
    """Best match in B for every token in A: (score, index into B), each (B, ceil(N/2)).

    Similarity is the cosine of the head-averaged keys. CLS and padding rows score -inf, so they never merge,
    and padding columns can never be chosen as a destination.
    """
    metric = keys.float()
    metric = metric / metric.norm(dim=-1, keepdim=True).clamp_min(1e-12)
    valid = sizes > 0
    scores = metric[:, 0::2] @ metric[:, 1::2].transpose(1, 2)
    scores = scores.masked_fill(~valid[:, 1::2].unsqueeze(1), -math.inf)
    scores = scores.masked_fill(~valid[:, 0::2].unsqueeze(2), -math.inf)
    scores[:, 0, :] = -math.inf
    return scores.max(dim=-1)


def select_above_threshold(node_max, threshold):
    """DToMe at inference: every edge stronger than the layer's threshold merges."""
    return node_max > threshold


def select_top_per_image(node_max, r):
    """ToMe: the r strongest edges of each image merge (fewer where an image has fewer mergeable tokens)."""
    mergeable = torch.isfinite(node_max)
    r = min(r, node_max.shape[1])
    if r <= 0:
        return torch.zeros_like(mergeable)
    top = node_max.topk(r, dim=1).indices
    chosen = torch.zeros_like(mergeable).scatter_(1, top, True)
    return chosen & mergeable


def select_top_over_batch(node_max, count):
    """DToMe threshold finding: the count strongest edges of the whole batch merge.

    Returns the merge mask and the layer's threshold, the count-th largest edge score clamped at 0; an image
    with more redundant tokens contributes more of those edges than a busy one.
    """
    flat = node_max.reshape(-1)
    available = int(torch.isfinite(flat).sum())
    count = min(count, available)
    if count <= 0:
        return torch.zeros_like(node_max, dtype=torch.bool), 0.0
    top = flat.topk(count)
    chosen = torch.zeros_like(flat, dtype=torch.bool)
    chosen[top.indices] = True
    threshold = max(float(top.values[-1]), 0.0)
    return chosen.reshape(node_max.shape), threshold


def merge_tokens(x, sizes, node_idx, merge_a):
    """Merges each chosen A token into its matched B token by a size-weighted average.

    x (B, N, C), sizes (B, N), node_idx (B, Na) destination in B, merge_a (B, Na) which A tokens merge.
    Survivors keep their relative order; rows are compacted to the longest survivor count and re-padded.
    """
    batch, length, channels = x.shape
    image, a_index = merge_a.nonzero(as_tuple=True)
    source = image * length + 2 * a_index
    destination = image * length + 2 * node_idx[image, a_index] + 1

    weighted = (x * sizes.unsqueeze(-1)).reshape(batch * length, channels)
    weighted = weighted.index_add(0, destination, weighted[source])
    flat_sizes = sizes.reshape(-1)
    flat_sizes = flat_sizes.index_add(0, destination, flat_sizes[source])

    merged = torch.zeros(batch, length, dtype=torch.bool, device=x.device)
    merged[:, 0::2] = merge_a
    keep = (sizes > 0) & ~merged
    position = torch.arange(length, device=x.device)
    # survivors first, each group in original order: the sort key is unique, so no stable sort is needed
    order = torch.argsort((~keep).long() * length + position, dim=1)
    kept = keep.sum(dim=1)
    new_length = int(kept.max())
    order = order[:, :new_length]

    new_sizes = flat_sizes.reshape(batch, length).gather(1, order)
    new_sizes = new_sizes * (torch.arange(new_length, device=x.device) < kept.unsqueeze(1))
    new_x = weighted.reshape(batch, length, channels).gather(1, order.unsqueeze(-1).expand(-1, -1, channels))
    new_x = new_x / new_sizes.clamp_min(1).unsqueeze(-1) * (new_sizes > 0).unsqueeze(-1)
    return new_x.to(x.dtype), new_sizes
