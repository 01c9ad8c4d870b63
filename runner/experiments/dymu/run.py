"""DyMU reproduction (REPRODUCTIONS.md §C): VTU exactness, Table 1 FLOPs, DToMe on a randomly initialised ViT and,
in the gpu configuration, DToMe vs ToMe on a freshly trained tiny ViT.

/usr/bin/python3 runner/experiments/dymu/run.py --config cpu --seed 0 --output result.json [--param key=value]
"""
import logging
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import numpy  # noqa: E402
import torch  # noqa: E402

from common.result import ResultWriter, environment, parse_arguments  # noqa: E402
from dymu import dtome_study, flops, training_study, vtu  # noqa: E402

VERSION = "1.0.0"
log = logging.getLogger("dymu")

# the token geometry of CLIP ViT-L/14-336 (576 patch tokens + CLS, 24 layers); part (d) is off unless train_steps > 0
_SHARED = {"image_size": 336, "patch": 14, "depth": 24, "train_steps": 0, "train_batch": 256,
           "train_image_size": 128, "train_patch": 8, "train_width": 192, "train_depth": 8, "train_heads": 3,
           "train_learning_rate": 1e-3, "train_merge_r": 20, "max_objects": 7, "eval_images": 2048,
           "eval_batch": 256, "eval_calibration_images": 512, "eval_calibration_batch": 64}


def _config(**values):
    return dict(_SHARED, **values)


CONFIGS = {
    "smoke": _config(device="cpu", vtu_prefix=8, vtu_side=12, vtu_regions=48, width=32, heads=2,
                     calibration_images=2, calibration_batch=2, fresh_images=3, timing_images=1, timing_repeats=1),
    "cpu": _config(device="cpu", vtu_prefix=32, vtu_side=24, vtu_regions=195, width=64, heads=2,
                   calibration_images=12, calibration_batch=6, fresh_images=18, timing_images=4, timing_repeats=3),
    # CLIP ViT-L/14-336's full shape (random weights), many more images, and the trained-ViT comparison
    "gpu": _config(device="cuda", vtu_prefix=32, vtu_side=24, vtu_regions=195, width=1024, heads=16,
                   calibration_images=512, calibration_batch=32, fresh_images=1024, timing_images=64,
                   timing_repeats=3, train_steps=3000),
}


def choose_device(name):
    if name == "cuda" and not torch.cuda.is_available():
        raise RuntimeError("this configuration needs CUDA, but torch.cuda.is_available() is False "
                           "(use --param device=cpu to run its code path on the CPU)")
    if name not in ("cpu", "cuda"):
        raise ValueError("device must be cpu or cuda, got %r" % name)
    return torch.device(name)


def check(parameters):
    for name, value in parameters.items():
        if isinstance(value, (int, float)) and value < 0:
            raise ValueError("parameter %s must not be negative, got %r" % (name, value))
    if parameters["fresh_images"] < 3 or (parameters["train_steps"] and parameters["eval_images"] < 3):
        raise ValueError("fresh_images and eval_images must be at least 3 (complexity tertiles)")
    for name in ("calibration_images", "calibration_batch", "timing_images", "timing_repeats", "width", "heads"):
        if parameters[name] < 1:
            raise ValueError("parameter %s must be at least 1" % name)
    if parameters["image_size"] % parameters["patch"]:
        raise ValueError("image_size must be a multiple of patch")
    if parameters["width"] % parameters["heads"] or parameters["train_width"] % parameters["train_heads"]:
        raise ValueError("width must be a multiple of heads")


def scale(parameters, device):
    sentence = ("randomly initialised ViT (%d layers, width %d, %d patch tokens at %d px) on %d calibration and "
                "%d fresh synthetic images, on %s; not CLIP ViT-L/14 and no LLaVA: token counts show the mechanism, "
                "not the paper's model" % (parameters["depth"], parameters["width"],
                                          (parameters["image_size"] // parameters["patch"]) ** 2,
                                          parameters["image_size"], parameters["calibration_images"],
                                          parameters["fresh_images"], device.type))
    if parameters["train_steps"]:
        sentence += ("; plus a %d-layer ViT trained from scratch for %d steps on synthetic multi-object images for "
                     "the DToMe vs ToMe accuracy comparison" % (parameters["train_depth"], parameters["train_steps"]))
    return sentence


def measure(parameters, seed, device):
    metrics, details = {}, {}
    log.info("part a: VTU exactness in float64")
    exactness = vtu.vtu_exactness(seed, parameters["vtu_prefix"], parameters["vtu_side"], parameters["vtu_regions"])
    metrics.update({name: exactness[name] for name in
                    ("vtu_max_abs_error", "vtu_remerge_error", "compressed_positions_error")})
    details["vtu"] = dict(exactness, dtype="float64", layout="%d text tokens + %dx%d image grid merged into %d "
                          "rectangles" % (parameters["vtu_prefix"], parameters["vtu_side"], parameters["vtu_side"],
                                          parameters["vtu_regions"]))

    table = flops.table_one_mflops()
    metrics["qk_attention_mflops.full"] = table["full"]
    for level in flops.PAPER_UNIQUE_TOKENS:
        metrics["qk_attention_mflops.vtu_" + level] = table[level]
    details["table_1"] = {"hidden": flops.LLM_HIDDEN, "unique_tokens": flops.PAPER_UNIQUE_TOKENS,
                          "paper_mflops": flops.PAPER_MFLOPS,
                          "formula_mflops_rounded": {key: round(value, 1) for key, value in table.items()}}

    log.info("part c: DToMe on a randomly initialised ViT, on %s", device)
    dtome_metrics, details["dtome"] = dtome_study.run(parameters, seed, device)
    metrics.update(dtome_metrics)
    if parameters["train_steps"]:
        log.info("part d: training a ViT, then DToMe vs ToMe at matched token counts")
        trained_metrics, details["trained_vit"] = training_study.run(parameters, seed, device)
        metrics.update(trained_metrics)
    return metrics, details


def main():
    arguments, parameters = parse_arguments(__doc__.splitlines()[0], CONFIGS)
    logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(asctime)s %(message)s")
    try:
        check(parameters)
        device = choose_device(parameters["device"])
        torch.manual_seed(arguments.seed)
        numpy.random.seed(arguments.seed)
        writer = ResultWriter("dymu", VERSION, arguments, parameters)
        metrics, details = measure(parameters, arguments.seed, device)
        writer.write(scale(parameters, device), metrics, details, environment(torch, device))
    except Exception as error:  # one line for the runner's failure reason; the traceback helps nobody there
        sys.stderr.write("dymu failed: %s: %s\n" % (type(error).__name__, " ".join(str(error).split())))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
