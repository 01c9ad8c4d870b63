import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest
import unittest.mock

from dymu import run

RUN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "run.py")
# the gpu configuration's whole code path (parts a-d) at toy size, on the CPU
TINY_GPU_PATH = ["--config", "gpu", "--param", "device=cpu", "--param", "image_size=28", "--param", "patch=7",
                 "--param", "depth=2", "--param", "width=8", "--param", "heads=1", "--param", "vtu_side=4",
                 "--param", "vtu_regions=6", "--param", "vtu_prefix=2", "--param", "calibration_images=2",
                 "--param", "calibration_batch=2", "--param", "fresh_images=3", "--param", "timing_images=1",
                 "--param", "timing_repeats=1", "--param", "train_steps=2", "--param", "train_batch=4",
                 "--param", "train_image_size=16", "--param", "train_patch=4", "--param", "train_width=8",
                 "--param", "train_depth=2", "--param", "train_heads=2", "--param", "train_merge_r=3",
                 "--param", "eval_images=6", "--param", "eval_batch=4", "--param", "eval_calibration_images=4",
                 "--param", "eval_calibration_batch=2"]


class RunCommandTest(unittest.TestCase):
    def run_command(self, *arguments):
        with tempfile.TemporaryDirectory() as directory:
            output = os.path.join(directory, "result.json")
            process = subprocess.run([sys.executable, RUN, "--seed", "1", "--output", output] + list(arguments),
                                     cwd=directory, capture_output=True, text=True, timeout=120)
            if not os.path.exists(output):
                return process, None
            with open(output) as handle:
                return process, json.load(handle)

    def test_gpu_code_path_writes_every_metric_from_any_directory(self):
        process, result = self.run_command(*TINY_GPU_PATH)
        self.assertEqual(process.returncode, 0, process.stderr)
        metrics = result["metrics"]
        for name in ("qk_attention_mflops.full", "vtu_max_abs_error", "vtu_remerge_error",
                     "compressed_positions_error", "kept_visual_tokens.mid", "kept_visual_tokens_std.low",
                     "visual_token_reduction.high", "calibration_target_tokens.mid",
                     "kept_tokens_complexity_spearman.low", "encoder_ms.full", "encoder_ms.mid",
                     "encoder_speedup.mid", "dtome_accuracy", "tome_accuracy", "full_accuracy",
                     "matched_mean_tokens", "tome_accuracy.complex"):
            self.assertIn(name, metrics)
        self.assertLess(metrics["vtu_max_abs_error"], 1e-12)
        self.assertLessEqual(abs(metrics["tome_mean_tokens"] - metrics["matched_mean_tokens"]), 0.5)
        self.assertIn("randomly initialised ViT", result["scale"])
        self.assertEqual(result["environment"]["device"], "cpu")

    def test_bad_parameter_fails_with_one_line(self):
        # in-process: a second interpreter start would double this test's time for no extra coverage
        stderr = io.StringIO()
        with tempfile.TemporaryDirectory() as directory, contextlib.redirect_stderr(stderr):
            output = os.path.join(directory, "result.json")
            with unittest.mock.patch.object(sys, "argv", ["run.py", "--config", "smoke", "--output", output,
                                                          "--param", "device=tpu"]):
                code = run.main()
            self.assertFalse(os.path.exists(output))
        self.assertEqual(code, 1)
        self.assertEqual(stderr.getvalue().count("\n"), 1)
        self.assertIn("device must be cpu or cuda", stderr.getvalue())

if __name__ == "__main__":
    unittest.main()
