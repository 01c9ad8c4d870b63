import unittest

import torch

from dymu.vtu import (DTYPE, RandomRopeAttention, merge_matrix, region_groups, remerge, rope_angles, rope_logits,
                      rotate, vtu_exactness, vtu_logits)


class VirtualTokenUnmergingTest(unittest.TestCase):
    def setUp(self):
        self.generator = torch.Generator().manual_seed(11)
        self.groups = torch.tensor([0, 1, 0, 2, 2, 1, 3, 0, 3, 3])
        self.merge = merge_matrix(self.groups, 4)

    def random(self, *shape):
        return torch.randn(*shape, generator=self.generator, dtype=DTYPE)

    def test_vtu_logits_equal_rope_logits_of_the_expanded_sequence(self):
        q, k = self.random(3, 4, 16), self.random(3, 4, 16)
        angles = rope_angles(10, 16)
        expected = rope_logits(self.merge @ q, self.merge @ k, angles)
        difference = (vtu_logits(q, k, self.merge, angles) - expected).abs().max()
        self.assertLess(float(difference), 1e-12)

    def test_vtu_layer_output_equals_full_layer_on_expanded_tokens(self):
        layer = RandomRopeAttention(self.generator, width=24, heads=2, head_dim=8)
        unique = self.random(4, 24)
        full_logits, full_output = layer.full(self.merge @ unique)
        logits, output = layer.virtual_unmerged(unique, self.merge)
        self.assertLess(float((logits - full_logits).abs().max()), 1e-12)
        self.assertLess(float((output - full_output).abs().max()), 1e-12)

    def test_rope_keeps_position_zero_and_norms(self):
        x = self.random(5, 8)
        rotated = rotate(x, rope_angles(5, 8))
        self.assertTrue(torch.equal(rotated[0], x[0]))
        self.assertTrue(torch.allclose(rotated.norm(dim=-1), x.norm(dim=-1)))

    def test_per_token_operators_commute_with_the_merge_map(self):
        layer = RandomRopeAttention(self.generator, width=24, heads=2, head_dim=8)
        unique = self.random(4, 24)
        difference = layer.per_token(self.merge @ unique) - self.merge @ layer.per_token(unique)
        self.assertLess(float(difference.abs().max()), 1e-12)

    def test_remerge_takes_the_mean_of_each_group(self):
        tokens = self.random(10, 3)
        merged = remerge(tokens, self.merge)
        for group in range(4):
            self.assertTrue(torch.allclose(merged[group], tokens[self.groups == group].mean(dim=0)))

    def test_region_groups_partition_the_grid_into_the_requested_count(self):
        groups = region_groups(self.generator, 6, 9)
        self.assertEqual(groups.shape, (36,))
        self.assertEqual(sorted(set(groups.tolist())), list(range(9)))
        first_appearance = [groups.tolist().index(group) for group in range(9)]
        self.assertEqual(first_appearance, sorted(first_appearance))

    def test_exactness_study_shows_exact_vtu_and_a_smaller_remerge_error(self):
        result = vtu_exactness(seed=3, prefix=4, side=6, regions=12, width=16, heads=2, head_dim=8)
        self.assertLess(result["vtu_max_abs_error"], 1e-12)
        self.assertLess(result["per_token_commute_error"], 1e-12)
        # re-merging is the least-squares group-constant fit, so it can never lose to compressed positions
        self.assertLess(result["vtu_remerge_error"], result["compressed_positions_error"])

    def test_exactness_study_rejects_more_regions_than_patches(self):
        with self.assertRaises(ValueError):
            vtu_exactness(seed=0, prefix=2, side=3, regions=10)


if __name__ == "__main__":
    unittest.main()
