import math
import unittest

import torch

from dymu.merge_policies import KeepAll, Thresholds, fixed_r_token_count
from dymu.token_merging import edge_scores, merge_tokens, select_top_per_image
from dymu.vit import MergingViT


class MergeTokensTest(unittest.TestCase):
    def test_merged_token_is_the_size_weighted_mean_and_sizes_add_up(self):
        # one image: CLS, a, b, c, d, e; A = {CLS, b, d}, B = {a, c, e}; merge b into a and d into a
        x = torch.tensor([[[9.0], [1.0], [4.0], [7.0], [10.0], [13.0]]])
        sizes = torch.tensor([[1.0, 2.0, 3.0, 1.0, 1.0, 4.0]])
        node_idx = torch.tensor([[0, 0, 0]])
        merge_a = torch.tensor([[False, True, True]])
        new_x, new_sizes = merge_tokens(x, sizes, node_idx, merge_a)
        self.assertEqual(new_sizes.tolist(), [[1.0, 6.0, 1.0, 4.0]])
        self.assertAlmostEqual(float(new_x[0, 1, 0]), (1.0 * 2 + 4.0 * 3 + 10.0 * 1) / 6)
        self.assertEqual(new_x[0, 0, 0].item(), 9.0)  # CLS untouched
        self.assertEqual([new_x[0, 2, 0].item(), new_x[0, 3, 0].item()], [7.0, 13.0])  # order kept

    def test_rows_that_keep_fewer_tokens_are_padded_with_size_zero(self):
        x = torch.arange(12, dtype=torch.float32).reshape(2, 6, 1)
        sizes = torch.ones(2, 6)
        node_idx = torch.zeros(2, 3, dtype=torch.long)
        merge_a = torch.tensor([[False, True, True], [False, False, False]])
        new_x, new_sizes = merge_tokens(x, sizes, node_idx, merge_a)
        self.assertEqual(new_sizes.tolist(), [[1.0, 3.0, 1.0, 1.0, 0.0, 0.0], [1.0] * 6])
        self.assertEqual(new_x[0, 4:].abs().sum().item(), 0.0)
        self.assertEqual(new_sizes.sum(dim=1).tolist(), [6.0, 6.0])

    def test_edge_scores_never_let_cls_or_padding_merge(self):
        keys = torch.ones(1, 6, 4)
        sizes = torch.tensor([[1.0, 1.0, 1.0, 1.0, 0.0, 0.0]])
        node_max, node_idx = edge_scores(keys, sizes)
        self.assertEqual(node_max[0, 0].item(), -math.inf)  # CLS
        self.assertEqual(node_max[0, 2].item(), -math.inf)  # padding in A
        self.assertAlmostEqual(node_max[0, 1].item(), 1.0, places=6)
        self.assertLess(node_idx[0, 1].item(), 2)  # never the padded B slot 2

    def test_top_per_image_takes_exactly_r_and_skips_unmergeable(self):
        node_max = torch.tensor([[-math.inf, 0.9, 0.2, 0.5], [-math.inf, 0.1, -math.inf, 0.3]])
        chosen = select_top_per_image(node_max, 2)
        self.assertEqual(chosen.tolist(), [[False, True, False, True], [False, True, False, True]])
        self.assertEqual(select_top_per_image(node_max, 4).sum(dim=1).tolist(), [3, 2])


class SizeTrackingInTheViTTest(unittest.TestCase):
    """Runs a real (tiny) ViT with a policy that checks every layer's output."""

    class Checked(Thresholds):
        def __init__(self, test, patch_tokens, depth):
            super().__init__([-1.0] * depth)  # merge every edge that may merge: the most aggressive setting
            self.test, self.patch_tokens = test, patch_tokens
            self.removed = []

        def __call__(self, layer, x, sizes, keys):
            before = int((sizes > 0).sum(dim=1).max())
            cls_before = x[:, 0].clone()
            x, sizes = super().__call__(layer, x, sizes, keys)
            self.test.assertTrue(torch.equal(x[:, 0], cls_before))
            self.test.assertTrue(torch.all(sizes[:, 0] == 1))
            self.test.assertEqual(sizes.sum(dim=1).tolist(), [self.patch_tokens + 1.0] * x.shape[0])
            self.removed.append((before - 1, before - int((sizes > 0).sum(dim=1).min())))
            return x, sizes

    def test_sizes_sum_to_the_patch_count_cls_stays_and_at_most_half_merge_per_layer(self):
        torch.manual_seed(0)
        model = MergingViT(image_size=42, patch=7, width=16, depth=4, heads=2).eval()
        policy = self.Checked(self, model.patch_tokens, 4)
        with torch.no_grad():
            model(torch.rand(3, 3, 42, 42), policy)
        for patches_before, removed in policy.removed:
            self.assertLessEqual(removed, patches_before // 2)
        self.assertEqual(policy.removed[0], (36, 18))  # with threshold -1 every A token merges: exactly half

    def test_without_merging_all_patch_tokens_stay(self):
        model = MergingViT(image_size=28, patch=7, width=8, depth=2, heads=1).eval()
        policy = KeepAll()
        with torch.no_grad():
            tokens, sizes = model(torch.rand(2, 3, 28, 28), policy)
        self.assertEqual(tokens.shape, (2, 17, 8))
        self.assertEqual([counts.tolist() for counts in policy.tokens_after_layer], [[16, 16], [16, 16]])


class FixedRTokenCountTest(unittest.TestCase):
    def test_papers_settings_over_24_layers(self):
        self.assertEqual([fixed_r_token_count(576, [r] * 24) for r in (21, 16, 8)], [72, 192, 384])

    def test_half_cap(self):
        self.assertEqual(fixed_r_token_count(16, [10, 10]), 4)


if __name__ == "__main__":
    unittest.main()
