"""What a ViT block does with its tokens after attention: nothing, ToMe's fixed r, DToMe's thresholds, or
DToMe's threshold finding. Each policy also records the token count after every layer."""
import torch

from dymu.token_merging import (edge_scores, merge_tokens, select_above_threshold, select_top_over_batch,
                                select_top_per_image)


class KeepAll:
    """No merging: the baseline encoder."""

    def __init__(self):
        self.tokens_after_layer = []

    def __call__(self, layer, x, sizes, keys):
        self.record(sizes)
        return x, sizes

    def record(self, sizes):
        self.tokens_after_layer.append(token_counts(sizes))


class _MergingPolicy(KeepAll):
    def __call__(self, layer, x, sizes, keys):
        node_max, node_idx = edge_scores(keys, sizes)
        merge_a = self.choose(layer, node_max)
        if bool(merge_a.any()):
            x, sizes = merge_tokens(x, sizes, node_idx, merge_a)
        self.record(sizes)
        return x, sizes

    def choose(self, layer, node_max):
        raise NotImplementedError


class FixedR(_MergingPolicy):
    """ToMe: r_i tokens merged per image in layer i, whatever the image shows."""

    def __init__(self, r_per_layer):
        super().__init__()
        self.r_per_layer = list(r_per_layer)

    def choose(self, layer, node_max):
        return select_top_per_image(node_max, self.r_per_layer[layer])


class Thresholds(_MergingPolicy):
    """DToMe inference: merge every edge above the layer's calibrated threshold."""

    def __init__(self, thresholds):
        super().__init__()
        self.thresholds = list(thresholds)

    def choose(self, layer, node_max):
        return select_above_threshold(node_max, self.thresholds[layer])


class ThresholdFinding(_MergingPolicy):
    """DToMe calibration on one batch: merge the batch's B·r_i strongest edges in layer i and keep the i-th
    threshold, the weakest edge merged (clamped at 0)."""

    def __init__(self, r_per_layer):
        super().__init__()
        self.r_per_layer = list(r_per_layer)
        self.thresholds = []

    def choose(self, layer, node_max):
        chosen, threshold = select_top_over_batch(node_max, node_max.shape[0] * self.r_per_layer[layer])
        self.thresholds.append(threshold)
        return chosen


def token_counts(sizes):
    """Patch tokens left per image (CLS excluded)."""
    return (sizes > 0).sum(dim=1) - 1


def fixed_r_token_count(patch_tokens, r_per_layer):
    """Patch tokens that ToMe with this schedule keeps: each layer removes r_i, capped at half the tokens."""
    tokens = patch_tokens
    for r in r_per_layer:
        tokens -= min(r, tokens // 2)
    return tokens


def calibrate_thresholds(model, image_batches, r_per_layer):
    """τ_i averaged over the calibration batches (DyMU's threshold finding)."""
    per_batch = []
    with torch.no_grad():
        for images in image_batches:
            policy = ThresholdFinding(r_per_layer)
            model(images, policy)
            per_batch.append(policy.thresholds)
    return torch.tensor(per_batch, dtype=torch.float64).mean(dim=0).tolist()
