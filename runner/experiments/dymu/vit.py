"""A plain pre-norm ViT (CLIP's layout) whose blocks hand their tokens to a merge policy between attention and MLP.

Attention is proportional (softmax(QKᵀ/√d + log size)), so a merged token weighs as much as the patches it
stands for and padding (size 0) gets no attention at all.
"""
import torch
from torch import nn
from torch.nn import functional


def attend(q, k, v, bias):
    """softmax(q·kᵀ/√d + bias)·v, through the fused kernel where this torch has one (2.x)."""
    bias = bias.to(q.dtype)
    if hasattr(functional, "scaled_dot_product_attention"):
        return functional.scaled_dot_product_attention(q, k, v, attn_mask=bias)
    logits = q @ k.transpose(-2, -1) * q.shape[-1] ** -0.5 + bias
    return logits.softmax(dim=-1) @ v


class Block(nn.Module):
    def __init__(self, width, heads, mlp_ratio=4):
        super().__init__()
        self.heads = heads
        self.norm1 = nn.LayerNorm(width)
        self.qkv = nn.Linear(width, 3 * width)
        self.proj = nn.Linear(width, width)
        self.norm2 = nn.LayerNorm(width)
        self.mlp = nn.Sequential(nn.Linear(width, mlp_ratio * width), nn.GELU(), nn.Linear(mlp_ratio * width, width))

    def forward(self, x, sizes, layer, policy):
        batch, length, width = x.shape
        qkv = self.qkv(self.norm1(x)).reshape(batch, length, 3, self.heads, width // self.heads)
        q, k, v = qkv.permute(2, 0, 3, 1, 4)
        bias = torch.log(sizes)[:, None, None, :]
        attended = attend(q, k, v, bias).transpose(1, 2).reshape(batch, length, width)
        x = x + self.proj(attended)
        x, sizes = policy(layer, x, sizes, k.mean(dim=1))
        x = x + self.mlp(self.norm2(x))
        return x, sizes


class MergingViT(nn.Module):
    """Images (B, 3, H, W) in [0, 1] → final tokens (B, n, width) and their sizes (B, n); index 0 is CLS."""

    def __init__(self, image_size, patch, width, depth, heads, classes=0):
        super().__init__()
        self.patch_tokens = (image_size // patch) ** 2
        self.patch_embed = nn.Conv2d(3, width, patch, stride=patch)
        self.cls_token = nn.Parameter(torch.zeros(1, 1, width))
        self.pos_embed = nn.Parameter(torch.zeros(1, self.patch_tokens + 1, width))
        self.norm_pre = nn.LayerNorm(width)
        self.blocks = nn.ModuleList(Block(width, heads) for _ in range(depth))
        self.norm = nn.LayerNorm(width)
        self.head = nn.Linear(width, classes) if classes else None
        self._initialise()

    def _initialise(self):
        # the usual ViT initialisation (truncated normal, std 0.02; zero biases)
        nn.init.trunc_normal_(self.pos_embed, std=0.02)
        nn.init.trunc_normal_(self.cls_token, std=0.02)
        for module in self.modules():
            if isinstance(module, nn.Linear):
                nn.init.trunc_normal_(module.weight, std=0.02)
                nn.init.zeros_(module.bias)

    def forward(self, images, policy):
        patches = self.patch_embed((images - 0.5) / 0.25).flatten(2).transpose(1, 2)
        cls = self.cls_token.expand(patches.shape[0], -1, -1)
        x = torch.cat([cls, patches.to(cls.dtype)], dim=1) + self.pos_embed
        x = self.norm_pre(x)
        sizes = torch.ones(x.shape[:2], dtype=x.dtype, device=x.device)
        for layer, block in enumerate(self.blocks):
            x, sizes = block(x, sizes, layer, policy)
        return self.norm(x), sizes

    def classify(self, images, policy):
        tokens, _ = self(images, policy)
        return self.head(tokens[:, 0])
