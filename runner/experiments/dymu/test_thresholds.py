import math
import unittest

import torch

from dymu.merge_policies import ThresholdFinding, Thresholds, calibrate_thresholds
from dymu.token_merging import select_above_threshold, select_top_over_batch

INF = math.inf


class BatchThresholdTest(unittest.TestCase):
    def test_threshold_is_the_b_times_r_th_largest_edge_of_the_batch(self):
        node_max = torch.tensor([[-INF, 0.95, 0.40, 0.80], [-INF, 0.90, 0.85, 0.10]])
        chosen, threshold = select_top_over_batch(node_max, 2 * 2)
        self.assertAlmostEqual(threshold, 0.80, places=6)
        # the busy-looking second image gives two edges, like the first: per image counts follow the content
        self.assertEqual(chosen.tolist(), [[False, True, False, True], [False, True, True, False]])

    def test_uneven_split_between_images(self):
        node_max = torch.tensor([[-INF, 0.99, 0.98, 0.97], [-INF, 0.20, 0.10, 0.05]])
        chosen, threshold = select_top_over_batch(node_max, 4)
        self.assertEqual(chosen.sum(dim=1).tolist(), [3, 1])
        self.assertAlmostEqual(threshold, 0.20, places=6)

    def test_threshold_is_clamped_at_zero(self):
        node_max = torch.tensor([[-INF, -0.3, -0.5, 0.2]])
        _, threshold = select_top_over_batch(node_max, 2)
        self.assertEqual(threshold, 0.0)

    def test_more_wanted_than_mergeable_takes_all_mergeable(self):
        node_max = torch.tensor([[-INF, 0.5, -INF]])
        chosen, threshold = select_top_over_batch(node_max, 5)
        self.assertEqual(chosen.tolist(), [[False, True, False]])
        self.assertAlmostEqual(threshold, 0.5, places=6)

    def test_inference_merges_strictly_above_the_threshold(self):
        node_max = torch.tensor([[-INF, 0.5, 0.7, 0.3]])
        self.assertEqual(select_above_threshold(node_max, 0.5).tolist(), [[False, False, True, False]])


class StubEncoder:
    """Stands in for the ViT with two layers whose tokens are their own keys, so edge scores are known."""

    def __call__(self, keys, policy):
        x, sizes = keys, torch.ones(keys.shape[:2])
        for layer in range(2):
            x, sizes = policy(layer, x, sizes, x)
        return x, sizes


def keys_with_edge_scores(scores):
    """Keys (B, 2n, 2) for which A token i's best (only useful) B match has cosine similarity scores[b][i]."""
    batch = []
    for image in scores:
        tokens = []
        for score in image:
            angle = math.acos(score)
            tokens += [[math.cos(angle), math.sin(angle)], [1.0, 0.0]]
        batch.append(tokens)
    return torch.tensor(batch)


class CalibrationTest(unittest.TestCase):
    def test_thresholds_are_recorded_per_layer_and_averaged_over_batches(self):
        # A slot 0 is CLS; B tokens all point along x, so each A token's edge score is its cosine with x
        first = keys_with_edge_scores([[0.0, 0.9, 0.8, 0.7], [0.0, 0.6, 0.5, 0.4]])
        second = keys_with_edge_scores([[0.0, 0.3, 0.2, 0.1], [0.0, 0.99, 0.98, 0.97]])
        thresholds = calibrate_thresholds(StubEncoder(), [first, second], [2, 1])
        # layer 0: the 4th largest edge of each batch, 0.6 and 0.3
        self.assertAlmostEqual(thresholds[0], (0.6 + 0.3) / 2, places=5)
        self.assertEqual(len(thresholds), 2)

    def test_threshold_finding_records_one_threshold_per_layer(self):
        policy = ThresholdFinding([1, 1])
        StubEncoder()(keys_with_edge_scores([[0.0, 0.9, 0.5]]), policy)
        self.assertEqual(len(policy.thresholds), 2)
        self.assertAlmostEqual(policy.thresholds[0], 0.9, places=5)

    def test_calibrated_thresholds_reproduce_the_calibration_merges(self):
        keys = keys_with_edge_scores([[0.0, 0.9, 0.8, 0.7], [0.0, 0.6, 0.5, 0.4]])
        finding = ThresholdFinding([3, 0])
        StubEncoder()(keys, finding)
        # inference merges strictly above τ, so with τ just under the weakest merged edge it merges the same set
        inference = Thresholds([finding.thresholds[0] - 1e-6, 2.0])
        StubEncoder()(keys, inference)
        self.assertEqual(inference.tokens_after_layer[0].tolist(), finding.tokens_after_layer[0].tolist())


if __name__ == "__main__":
    unittest.main()
