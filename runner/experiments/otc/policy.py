"""The agent: a small MLP that decides, one step at a time, whether to call search for the current hop."""
import torch
from torch import nn

# calls already made for the current hop, as a one-hot of 0, 1, 2 and "3 or more"
SEARCH_BUCKETS = 4
MOVE_ON, SEARCH = 0, 1


class CallPolicy(nn.Module):
    """Logits of (move on, search) from the current entity, relation, hop position and the calls made so far.

    Entity and relation embeddings are what lets it learn which facts it knows: the same role a language
    model's own knowledge plays when it decides whether to search.
    """

    def __init__(self, entities, relations, max_hops, max_calls, entity_dim, relation_dim, hidden):
        super().__init__()
        self.max_hops = max_hops
        self.max_calls = max_calls
        self.entity = nn.Embedding(entities, entity_dim)
        self.relation = nn.Embedding(relations, relation_dim)
        inputs = entity_dim + relation_dim + SEARCH_BUCKETS + max_hops + 1
        self.body = nn.Sequential(nn.Linear(inputs, hidden), nn.Tanh(), nn.Linear(hidden, hidden), nn.Tanh(),
                                  nn.Linear(hidden, 2))

    def forward(self, entity, relation, searches, hops_left, calls_so_far):
        features = torch.cat([
            self.entity(entity),
            self.relation(relation),
            nn.functional.one_hot(searches.clamp(max=SEARCH_BUCKETS - 1), SEARCH_BUCKETS).float(),
            nn.functional.one_hot((hops_left - 1).clamp(0, self.max_hops - 1), self.max_hops).float(),
            (calls_so_far.float() / self.max_calls).unsqueeze(-1),
        ], dim=-1)
        return self.body(features)

    def log_probs(self, entity, relation, searches, hops_left, calls_so_far, allowed):
        """Log-probabilities of both actions; search is impossible once the call budget is spent."""
        logits = self.forward(entity, relation, searches, hops_left, calls_so_far)
        blocked = torch.stack([torch.zeros_like(allowed), ~allowed], dim=-1)
        return torch.log_softmax(logits.masked_fill(blocked, -1e9), dim=-1)

    def parameter_count(self):
        return sum(parameter.numel() for parameter in self.parameters())
