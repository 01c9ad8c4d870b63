import unittest

from dymu.statistics import ranks, spearman, tertile_means


class StatisticsTest(unittest.TestCase):
    def test_ties_share_their_average_rank(self):
        self.assertEqual(ranks([10, 20, 20, 5]).tolist(), [2.0, 3.5, 3.5, 1.0])

    def test_spearman_of_monotone_and_reversed_data(self):
        self.assertAlmostEqual(spearman([1, 2, 3, 4], [1, 4, 9, 16]), 1.0)
        self.assertAlmostEqual(spearman([1, 2, 3, 4], [8, 4, 2, 1]), -1.0)

    def test_spearman_known_value_and_constant_input(self):
        # ranks (1,2,3,4,5) vs (2,1,4,3,5): 1 - 6·Σd²/(n(n²-1)) = 1 - 6·4/120
        self.assertAlmostEqual(spearman([1, 2, 3, 4, 5], [20, 10, 40, 30, 50]), 0.8)
        self.assertEqual(spearman([1, 2, 3], [7, 7, 7]), 0.0)

    def test_tertile_means_follow_the_sorting_key(self):
        self.assertEqual(tertile_means([1, 2, 3, 4, 5, 6], by=[6, 5, 4, 3, 2, 1]), [5.5, 3.5, 1.5])


if __name__ == "__main__":
    unittest.main()
