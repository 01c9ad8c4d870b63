"""Part (d), the GPU configuration: a tiny ViT trained from scratch on synthetic multi-object images, then DToMe
against ToMe with a fixed r per layer at the same mean token count (REPRODUCTIONS.md §C.4).

Task: name the colour family (red, green, blue) that most objects in the image have; objects are small, of
several shapes, on a colourless background whose gradient, stripes and noise grow with the image's complexity,
as does the number of objects. Colour makes the task quick to learn from scratch (shape alone is not, for a
small ViT within minutes); counting small objects is what merging can spoil: every object must keep its
tokens, so busy images need more of them, which DToMe gives and ToMe does not.
"""
import logging
import math
import time

import numpy
import torch
from torch.nn import functional

from dymu.merge_policies import FixedR, KeepAll, Thresholds, calibrate_thresholds
from dymu.statistics import tertile_means
from dymu.synthetic_images import SHAPE_KINDS, compressed_bytes_per_pixel, render, to_uint8
from dymu.vit import MergingViT

COMPLEXITY_TERTILES = ("simple", "medium", "complex")
COLOUR_FAMILIES = ((1.0, 0.15, 0.15), (0.15, 0.85, 0.15), (0.2, 0.3, 1.0))
log = logging.getLogger(__name__)


def majority_colour_batch(count, image_size, max_objects, generator):
    """Images (uint8-exact floats) and labels: the colour family of a strict majority of the 1..max_objects
    objects (the others take the two other families at random)."""
    device = generator.device
    complexity = torch.rand(count, generator=generator, device=device)
    objects = 1 + (complexity * (max_objects - 1)).round().long()
    labels = torch.randint(0, len(COLOUR_FAMILIES), (count,), generator=generator, device=device)
    slot = torch.arange(max_objects, device=device)[None, :]
    others = (labels[:, None] + torch.randint(1, len(COLOUR_FAMILIES), (count, max_objects), generator=generator,
                                              device=device)) % len(COLOUR_FAMILIES)
    family = torch.where(slot < (objects // 2 + 1)[:, None], labels[:, None], others)
    present = slot < objects[:, None]
    # shuffle the slots: drawing order decides occlusion, and the majority must not always lie underneath
    shuffle = torch.rand(count, max_objects, generator=generator, device=device).argsort(dim=1)
    family, present = family.gather(1, shuffle), present.gather(1, shuffle)
    kinds = torch.randint(0, len(SHAPE_KINDS), (count, max_objects), generator=generator, device=device)
    kinds = torch.where(present, kinds, torch.full_like(kinds, -1))
    brightness = 0.7 + 0.3 * torch.rand(count, max_objects, 1, generator=generator, device=device)
    colours = torch.tensor(COLOUR_FAMILIES, device=device)[family] * brightness
    images = render(complexity, image_size, generator, object_kinds=kinds, object_colours=colours,
                    radius=(0.04, 0.1), grey=True)
    return to_uint8(images).float() / 255.0, labels


def train(model, parameters, generator, device):
    steps = parameters["train_steps"]
    optimiser = torch.optim.AdamW(model.parameters(), lr=parameters["train_learning_rate"], weight_decay=0.05)
    warmup = max(1, steps // 20)

    def learning_rate_factor(step):
        if step < warmup:
            return (step + 1) / warmup
        return 0.5 * (1.0 + math.cos(math.pi * (step - warmup) / max(1, steps - warmup)))

    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, learning_rate_factor)
    model.train()
    losses = []
    for step in range(steps):
        images, labels = majority_colour_batch(parameters["train_batch"], parameters["train_image_size"],
                                              parameters["max_objects"], generator)
        with _autocast(device):
            logits = model.classify(images, KeepAll())
        loss = functional.cross_entropy(logits.float(), labels)
        optimiser.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimiser.step()
        schedule.step()
        losses.append(loss.detach())
        if (step + 1) % max(1, steps // 10) == 0:
            log.info("step %d/%d: loss %.4f", step + 1, steps, float(loss))
    model.eval()
    tail = torch.stack(losses[-max(1, steps // 10):])
    return float(tail.mean())


def _autocast(device):
    return torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=device.type == "cuda")


def evaluate(model, images, labels, policy_factory, batch_size):
    """Per-image correctness and kept patch tokens under one merge policy. In float32 like the calibration:
    bfloat16 keys would blur edge scores that sit within 1e-2 of the thresholds."""
    correct, kept = [], []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            policy = policy_factory()
            logits = model.classify(images[start:start + batch_size], policy)
            correct.append(logits.argmax(dim=1) == labels[start:start + batch_size])
            kept.append(policy.tokens_after_layer[-1])
    return torch.cat(correct).float().cpu().numpy(), torch.cat(kept).float().cpu().numpy()


def even_schedule(total_merges, depth):
    """ToMe's constant r spread over the layers: total_merges as evenly as integers allow."""
    return [total_merges // depth + (1 if layer < total_merges % depth else 0) for layer in range(depth)]


def run(parameters, seed, device):
    depth, image_size = parameters["train_depth"], parameters["train_image_size"]
    torch.manual_seed(seed)
    model = MergingViT(image_size, parameters["train_patch"], parameters["train_width"], depth,
                       parameters["train_heads"], classes=len(COLOUR_FAMILIES)).to(device)
    started = time.perf_counter()
    final_loss = train(model, parameters, torch.Generator(device).manual_seed(seed * 7919 + 3), device)
    train_seconds = time.perf_counter() - started

    evaluation = torch.Generator(device).manual_seed(seed * 7919 + 4)
    calibration, _ = majority_colour_batch(parameters["eval_calibration_images"], image_size,
                                          parameters["max_objects"], evaluation)
    images, labels = majority_colour_batch(parameters["eval_images"], image_size, parameters["max_objects"],
                                          evaluation)
    complexity = [compressed_bytes_per_pixel(image) for image in to_uint8(images)]
    batch = parameters["eval_batch"]

    thresholds = calibrate_thresholds(model, calibration.split(parameters["eval_calibration_batch"]),
                                      [parameters["train_merge_r"]] * depth)
    full_correct, _ = evaluate(model, images, labels, KeepAll, batch)
    dtome_correct, dtome_kept = evaluate(model, images, labels, lambda: Thresholds(thresholds), batch)
    matched_mean = float(dtome_kept.mean())
    schedule = even_schedule(int(round(model.patch_tokens - matched_mean)), depth)
    tome_correct, tome_kept = evaluate(model, images, labels, lambda: FixedR(schedule), batch)

    log.info("DToMe keeps %.1f tokens on average, ToMe %.1f", matched_mean, float(tome_kept.mean()))
    metrics = {
        "full_accuracy": 100.0 * float(full_correct.mean()),
        "dtome_accuracy": 100.0 * float(dtome_correct.mean()),
        "tome_accuracy": 100.0 * float(tome_correct.mean()),
        "matched_mean_tokens": matched_mean,
        "tome_mean_tokens": float(tome_kept.mean()),
        "train_seconds": train_seconds,
        "train_final_loss": final_loss,
    }
    metrics["dtome_minus_tome_accuracy"] = metrics["dtome_accuracy"] - metrics["tome_accuracy"]
    for name, correct in (("dtome", dtome_correct), ("tome", tome_correct), ("full", full_correct)):
        for tertile, accuracy in zip(COMPLEXITY_TERTILES, tertile_means(correct, complexity)):
            metrics["%s_accuracy.%s" % (name, tertile)] = 100.0 * accuracy
    details = {
        "task": "majority colour family among 1..%d small objects (3 classes)" % parameters["max_objects"],
        "patch_tokens": model.patch_tokens,
        "dtome_thresholds_per_layer": thresholds,
        "tome_r_per_layer": schedule,
        "dtome_kept_tokens_by_complexity_tertile": tertile_means(dtome_kept, complexity),
        "tome_kept_tokens_by_complexity_tertile": tertile_means(tome_kept, complexity),
        "dtome_kept_tokens_std": float(numpy.std(dtome_kept)),
    }
    return metrics, details
