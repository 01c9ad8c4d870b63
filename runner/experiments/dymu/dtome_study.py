"""Part (c): DToMe on a randomly initialised ViT with CLIP ViT-L/14-336's token geometry.

Per merge level, thresholds are found on calibration images with ToMe's fixed r, then fresh images are encoded
one at a time with those thresholds: the kept-token count now depends on the image.
"""
import logging
import time

import numpy
import torch

from dymu.merge_policies import KeepAll, Thresholds, calibrate_thresholds, fixed_r_token_count
from dymu.statistics import spearman, tertile_means
from dymu.synthetic_images import make_images
from dymu.vit import MergingViT

# DyMU's three settings for CLIP ViT-L/14-336: r tokens per layer over all 24 layers during threshold finding
MERGE_LEVELS = {"low": 21, "mid": 16, "high": 8}
log = logging.getLogger(__name__)


def encode_one_by_one(model, images, policy_factory):
    """Kept patch tokens per image and the mean token count after each layer."""
    counts, per_layer = [], []
    with torch.no_grad():
        for image in images:
            policy = policy_factory()
            model(image[None], policy)
            counts.append(int(policy.tokens_after_layer[-1]))
            per_layer.append([int(tokens) for tokens in policy.tokens_after_layer])
    return counts, numpy.mean(per_layer, axis=0).tolist()


def encoder_ms(model, images, policy_factories, repeats):
    """Mean over images of the median encoder time (batch size 1, milliseconds) per policy. The policies take
    turns on each image, so drifting load on a shared machine hits them alike."""
    seconds = {name: [[] for _ in images] for name in policy_factories}
    with torch.no_grad():
        for _ in range(repeats):
            for index, image in enumerate(images):
                for name, factory in policy_factories.items():
                    started = _now(image.device)
                    model(image[None], factory())
                    seconds[name][index].append(_now(image.device) - started)
    return {name: 1000.0 * float(numpy.mean([numpy.median(times) for times in per_image]))
            for name, per_image in seconds.items()}


def _now(device):
    if device.type == "cuda":
        torch.cuda.synchronize(device)
    return time.perf_counter()


def spread_by_complexity(complexity, count):
    """Indices of `count` images at evenly spaced complexity ranks, so a small timing set spans simple to busy."""
    order = numpy.argsort(complexity, kind="mergesort")
    return [int(order[int(round(rank))]) for rank in numpy.linspace(0, len(order) - 1, min(count, len(order)))]


def run(parameters, seed, device):
    depth, image_size, patch = parameters["depth"], parameters["image_size"], parameters["patch"]
    torch.manual_seed(seed)
    model = MergingViT(image_size, patch, parameters["width"], depth, parameters["heads"]).to(device).eval()
    patch_tokens = model.patch_tokens
    calibration_images, _ = make_images(parameters["calibration_images"], image_size,
                                        torch.Generator(device).manual_seed(seed * 7919 + 1))
    fresh_images, complexity = make_images(parameters["fresh_images"], image_size,
                                           torch.Generator(device).manual_seed(seed * 7919 + 2))
    batches = calibration_images.split(parameters["calibration_batch"])

    metrics, details = {}, {"levels": {}, "fresh_image_complexity": complexity}
    thresholds_by_level = {}
    for level, r in MERGE_LEVELS.items():
        schedule = [r] * depth
        thresholds = calibrate_thresholds(model, batches, schedule)
        thresholds_by_level[level] = thresholds
        counts, per_layer = encode_one_by_one(model, fresh_images, lambda: Thresholds(thresholds))
        mean = float(numpy.mean(counts))
        log.info("level %s (r=%d): %.1f ± %.1f tokens kept of %d", level, r, mean, numpy.std(counts), patch_tokens)
        metrics["kept_visual_tokens." + level] = mean
        metrics["kept_visual_tokens_std." + level] = float(numpy.std(counts))
        metrics["visual_token_reduction." + level] = 100.0 * (1.0 - mean / patch_tokens)
        metrics["calibration_target_tokens." + level] = fixed_r_token_count(patch_tokens, schedule)
        metrics["kept_tokens_complexity_spearman." + level] = spearman(counts, complexity)
        details["levels"][level] = {
            "r_per_layer": r,
            "thresholds_per_layer": thresholds,
            "kept_tokens_per_image": counts,
            "kept_tokens_min": min(counts),
            "kept_tokens_max": max(counts),
            "mean_tokens_after_layer": per_layer,
            "kept_tokens_by_complexity_tertile": tertile_means(counts, complexity),
        }

    timing_set = spread_by_complexity(complexity, parameters["timing_images"])
    repeats = parameters["timing_repeats"]
    timed = encoder_ms(model, fresh_images[timing_set],
                       {"full": KeepAll, "mid": lambda: Thresholds(thresholds_by_level["mid"])}, repeats)
    metrics["encoder_ms.full"] = timed["full"]
    metrics["encoder_ms.mid"] = timed["mid"]
    metrics["encoder_speedup.mid"] = timed["full"] / timed["mid"]
    details["timing"] = {"images": timing_set, "repeats": repeats, "batch_size": 1,
                         "mid_kept_tokens": [details["levels"]["mid"]["kept_tokens_per_image"][i] for i in timing_set]}
    details["patch_tokens"] = patch_tokens
    return metrics, details
