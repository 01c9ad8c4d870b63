import unittest

import torch

from dymu import dtome_study

TINY = {"image_size": 56, "patch": 14, "depth": 4, "width": 16, "heads": 2, "calibration_images": 4,
        "calibration_batch": 2, "fresh_images": 6, "timing_images": 1, "timing_repeats": 1}


class DeterminismTest(unittest.TestCase):
    def test_same_seed_gives_the_same_thresholds_and_token_counts(self):
        first = dtome_study.run(TINY, seed=5, device=torch.device("cpu"))[1]
        second = dtome_study.run(TINY, seed=5, device=torch.device("cpu"))[1]
        for level in dtome_study.MERGE_LEVELS:
            self.assertEqual(first["levels"][level]["kept_tokens_per_image"],
                             second["levels"][level]["kept_tokens_per_image"])
            self.assertEqual(first["levels"][level]["thresholds_per_layer"],
                             second["levels"][level]["thresholds_per_layer"])
        self.assertEqual(first["fresh_image_complexity"], second["fresh_image_complexity"])

    def test_another_seed_draws_other_images(self):
        first = dtome_study.run(TINY, seed=5, device=torch.device("cpu"))[1]
        other = dtome_study.run(TINY, seed=6, device=torch.device("cpu"))[1]
        self.assertNotEqual(first["fresh_image_complexity"], other["fresh_image_complexity"])


if __name__ == "__main__":
    unittest.main()
