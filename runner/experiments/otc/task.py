"""The synthetic multi-hop knowledge-base QA task with a search tool.

A knowledge base maps each (entity, relation) to one target entity. A question starts at an entity and follows
1 to max_hops relations; its answer is the last entity of the chain. Some facts are "internally known": the agent
recalls them without a call, right with probability recall_accuracy. Whether a fact is known follows the subject
entity's popularity plus a per-relation offset and per-fact noise, so an agent can learn roughly (not exactly)
what it knows, as language models know popular facts better. An unknown fact recalled without a call is wrong:
the agent goes on from a random other entity (which, rarely, still ends at the right answer).
A search(entity, relation) call returns the fact exactly; searching again returns the same fact, so a redundant
call never changes correctness. The minimal number of calls n* of a question is the number of unknown facts on
its chain.
"""
from dataclasses import dataclass

import torch


@dataclass
class KnowledgeBase:
    target: torch.Tensor  # (entities, relations) long: the object entity of each fact
    known: torch.Tensor  # (entities, relations) bool: facts the agent recalls without searching

    @property
    def entities(self):
        return self.target.shape[0]

    @property
    def relations(self):
        return self.target.shape[1]

    def to(self, device):
        return KnowledgeBase(self.target.to(device), self.known.to(device))


def generate_knowledge_base(entities, relations, known_fraction, knowledge_noise, generator):
    """Random facts (never pointing back at their subject) and which of them the agent knows."""
    target = (torch.arange(entities)[:, None]
              + 1 + torch.randint(entities - 1, (entities, relations), generator=generator)) % entities
    popularity = torch.rand(entities, generator=generator)
    relation_ease = (torch.rand(relations, generator=generator) - 0.5) * 0.4
    noise = torch.randn(entities, relations, generator=generator) * knowledge_noise
    score = popularity[:, None] + relation_ease[None, :] + noise
    threshold = score.flatten().sort().values[int(round((1 - known_fraction) * (score.numel() - 1)))]
    return KnowledgeBase(target, score > threshold if known_fraction < 1 else torch.ones_like(score, dtype=torch.bool))


@dataclass
class Questions:
    start: torch.Tensor  # (Q,) long
    relations: torch.Tensor  # (Q, max_hops) long; entries past hops are padding
    hops: torch.Tensor  # (Q,) long, 1..max_hops
    answer: torch.Tensor  # (Q,) long
    minimal_calls: torch.Tensor  # (Q,) long: n*, the unknown facts on the chain

    def __len__(self):
        return self.start.shape[0]

    def select(self, index):
        return Questions(self.start[index], self.relations[index], self.hops[index], self.answer[index],
                         self.minimal_calls[index])

    def to(self, device):
        return Questions(self.start.to(device), self.relations.to(device), self.hops.to(device),
                         self.answer.to(device), self.minimal_calls.to(device))


def follow_chain(knowledge_base, start, relations, hops):
    """The true answer and n* of each question, walking its chain fact by fact."""
    entity = start.clone()
    unknown = torch.zeros_like(start)
    for hop in range(relations.shape[1]):
        on_chain = hop < hops
        relation = relations[:, hop]
        unknown += (on_chain & ~knowledge_base.known[entity, relation]).long()
        entity = torch.where(on_chain, knowledge_base.target[entity, relation], entity)
    return entity, unknown


def generate_question_sets(knowledge_base, sizes, max_hops, generator):
    """Disjoint sets of distinct random questions (no chain appears twice), e.g. a training pool and an eval set."""
    wanted = sum(sizes)
    chains = []
    seen = set()
    # draw in rounds until enough distinct chains exist; a small knowledge base may not have that many
    for _ in range(100):
        count = 2 * (wanted - len(chains)) + 16
        start = torch.randint(knowledge_base.entities, (count,), generator=generator)
        relations = torch.randint(knowledge_base.relations, (count, max_hops), generator=generator)
        hops = torch.randint(1, max_hops + 1, (count,), generator=generator)
        for s, r, h in zip(start.tolist(), relations.tolist(), hops.tolist()):
            key = (s,) + tuple(r[:h])
            if key not in seen and len(chains) < wanted:
                seen.add(key)
                chains.append((s, r[:h] + [0] * (max_hops - h), h))
        if len(chains) == wanted:
            break
    else:
        raise ValueError("the knowledge base has fewer than %d distinct questions" % wanted)
    start = torch.tensor([c[0] for c in chains])
    relations = torch.tensor([c[1] for c in chains])
    hops = torch.tensor([c[2] for c in chains])
    answer, minimal = follow_chain(knowledge_base, start, relations, hops)
    questions = Questions(start, relations, hops, answer, minimal)
    sets = []
    offset = 0
    for size in sizes:
        sets.append(questions.select(torch.arange(offset, offset + size)))
        offset += size
    return sets


@dataclass
class StepState:
    """What the agent sees before each decision: the fact it is working on and its own call counts."""
    entity: torch.Tensor  # the subject it currently believes the chain is at (wrong after a wrong recall)
    relation: torch.Tensor
    searches: torch.Tensor  # calls already made for this hop
    hops_left: torch.Tensor  # including this hop
    calls: torch.Tensor  # calls made so far in the episode
    allowed: torch.Tensor  # bool: the call budget is not spent yet
    hop: torch.Tensor


@dataclass
class Episodes:
    """Trajectories of a batch of episodes, step-major tensors of shape (N, T), and their outcomes."""
    entity: torch.Tensor
    relation: torch.Tensor
    searches: torch.Tensor
    hops_left: torch.Tensor
    calls_so_far: torch.Tensor
    allowed: torch.Tensor
    decided: torch.Tensor  # bool: a step where the agent chose (episode running and a call still allowed)
    action: torch.Tensor  # 1 = search, 0 = move on to the next hop (answer after the last)
    log_prob: torch.Tensor  # log-probability of the action under the policy that acted
    calls: torch.Tensor  # (N,) tool calls of each episode
    correct: torch.Tensor  # (N,) bool


def play(knowledge_base, questions, max_calls, recall_accuracy, decide, generator):
    """Runs one episode per question, all in parallel; decide(StepState) -> (search bool, log-prob of the choice).

    Each step either calls search(current entity, current relation) or moves on: the next entity is the search
    result if this hop was searched, else the agent's recall (right with probability recall_accuracy for a
    known fact, wrong for an unknown one). Moving on past the last hop answers.
    """
    device = questions.start.device
    count = len(questions)
    max_hops = questions.relations.shape[1]
    rows = torch.arange(count, device=device)
    entity = questions.start.clone()
    hop = torch.zeros(count, dtype=torch.long, device=device)
    searches = torch.zeros_like(hop)
    calls = torch.zeros_like(hop)
    done = torch.zeros(count, dtype=torch.bool, device=device)
    columns = {name: [] for name in ("entity", "relation", "searches", "hops_left", "calls_so_far", "allowed",
                                     "decided", "action", "log_prob")}
    # every step searches (at most max_calls times) or moves on (hops times), so this many steps always suffice
    for _ in range(max_hops + max_calls):
        if bool(done.all()):
            break
        relation = questions.relations[rows, hop.clamp(max=max_hops - 1)]
        allowed = calls < max_calls
        state = StepState(entity, relation, searches, questions.hops - hop, calls, allowed, hop)
        wants_search, log_prob = decide(state)
        search = wants_search & allowed & ~done
        move_on = ~search & ~done
        for name, value in (("entity", entity), ("relation", relation), ("searches", searches),
                            ("hops_left", state.hops_left), ("calls_so_far", calls), ("allowed", allowed),
                            ("decided", allowed & ~done), ("action", search.long()), ("log_prob", log_prob)):
            columns[name].append(value)
        calls = calls + search.long()
        searches = searches + search.long()
        fact = knowledge_base.target[entity, relation]
        # random draws for every episode at every step keep the random stream independent of the agent's choices
        recalled = knowledge_base.known[entity, relation] & (
            torch.rand(count, generator=generator, device=device) < recall_accuracy)
        mistaken = (fact + 1 + torch.randint(knowledge_base.entities - 1, (count,), generator=generator,
                                             device=device)) % knowledge_base.entities
        next_entity = torch.where((searches > 0) | recalled, fact, mistaken)
        entity = torch.where(move_on, next_entity, entity)
        hop = hop + move_on.long()
        searches = torch.where(move_on, torch.zeros_like(searches), searches)
        done = done | (move_on & (hop >= questions.hops))
    stacked = {name: torch.stack(values, dim=1) for name, values in columns.items()}
    return Episodes(calls=calls, correct=entity == questions.answer, **stacked)


def over_calling_teacher(knowledge_base, questions, known_call_probability, generator):
    """A decide() for play(): searches every unknown fact twice and each known fact once with some probability.

    That is about twice the minimal calls: the habit of a model trained for correctness alone, which re-checks
    what it has already found and looks up what it already knows.
    """
    count = len(questions)
    device = questions.start.device
    rows = torch.arange(count, device=device)
    checks_known = torch.rand(count, questions.relations.shape[1], generator=generator,
                              device=device) < known_call_probability

    def decide(state):
        known = knowledge_base.known[state.entity, state.relation]
        wanted = torch.where(known, checks_known[rows, state.hop.clamp(max=checks_known.shape[1] - 1)].long(),
                             torch.full_like(state.searches, 2))
        return state.searches < wanted, torch.zeros(count, device=device)

    return decide
