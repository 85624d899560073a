"""Lua scripts of the Redis limits store. Each runs atomically on the server, on server time.

Keys per subject (all under the hash tag `{namespace}`: one script's keys share a Cluster slot):
  …:log    ZSET  entry id -> admission time (ms); entries younger than the window count
  …:tok    HASH  entry id -> tokens, plus running totals '#n' (requests) and '#t' (tokens)
  …:held   ZSET  permit id -> lease expiry (ms); a slot whose lease ran out is free again
  …:queue  ZSET  waiter id -> arrival ticket (FIFO order)
  …:alive  ZSET  waiter id -> heartbeat expiry (ms); a waiter that stopped polling is dropped
and one `{namespace}:ticket` counter. Every key has a TTL, extended on use, so idle subjects vanish.
An entry id ending in '+' is an excess charged after its request's own entry left the window:
tokens, not a request.
"""

from __future__ import annotations

COMMON = """
if redis.replicate_commands then pcall(redis.replicate_commands) end
local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end

-- drop log entries at or before CUTOFF, keeping the running totals in step
local function evict(log, tok, cutoff)
  local old = redis.call('ZRANGEBYSCORE', log, '-inf', cutoff)
  if #old == 0 then return end
  local n, t = 0, 0
  for i = 1, #old, 500 do
    local chunk = {unpack(old, i, math.min(i + 499, #old))}
    local toks = redis.call('HMGET', tok, unpack(chunk))
    for j, id in ipairs(chunk) do
      t = t + (tonumber(toks[j]) or 0)
      if string.sub(id, -1) ~= '+' then n = n + 1 end
    end
    redis.call('HDEL', tok, unpack(chunk))
  end
  redis.call('ZREMRANGEBYSCORE', log, '-inf', cutoff)
  if redis.call('ZCARD', log) == 0 then
    redis.call('DEL', tok)
  else
    redis.call('HINCRBY', tok, '#n', -n)
    redis.call('HINCRBY', tok, '#t', -t)
  end
end

-- ms until the oldest entries that must leave to free NEED requests (or tokens) have left
local function frees_in(log, tok, need, by_tokens, now, window)
  local freed, start = 0, 0
  while true do
    local rows = redis.call('ZRANGE', log, start, start + 255, 'WITHSCORES')
    if #rows == 0 then return window end
    local ids = {}
    for i = 1, #rows, 2 do ids[#ids + 1] = rows[i] end
    local toks = by_tokens and redis.call('HMGET', tok, unpack(ids)) or {}
    for k, id in ipairs(ids) do
      if by_tokens then
        freed = freed + (tonumber(toks[k]) or 0)
      elseif string.sub(id, -1) ~= '+' then
        freed = freed + 1
      end
      if freed >= need then return tonumber(rows[2 * k]) + window - now end
    end
    start = start + 256
  end
end

-- set a TTL of at least MS on KEY, never shortening one (replicas may run with other settings)
local function extend(key, ms)
  if redis.call('PTTL', key) < ms then redis.call('PEXPIRE', key, ms) end
end

local function total(tok, field)
  return tonumber(redis.call('HGET', tok, field) or '0')
end
"""

# KEYS: ticket, then per subject log, tok, held, queue, alive
# ARGV: pid, tokens, window_ms, lease_ms, alive_ms, ticket, n, then per subject rpm, tpm, max_concurrent,
#       max_queue (0 = no such limit)
# returns {outcome, index (1-based), limit, used, retry_ms / ticket}
ACQUIRE = (
    COMMON
    + """
local pid, tokens = ARGV[1], tonumber(ARGV[2])
local window, lease, alive = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local ticket, nsub = tonumber(ARGV[6]), tonumber(ARGV[7])
local now = now_ms()
local S = {}
for i = 1, nsub do
  local k, a = 1 + (i - 1) * 5, 7 + (i - 1) * 4
  S[i] = {log = KEYS[k + 1], tok = KEYS[k + 2], held = KEYS[k + 3], queue = KEYS[k + 4], alive = KEYS[k + 5],
          rpm = tonumber(ARGV[a + 1]), tpm = tonumber(ARGV[a + 2]), maxc = tonumber(ARGV[a + 3]),
          maxq = tonumber(ARGV[a + 4])}
end
local function leave_all()
  for _, s in ipairs(S) do
    if s.maxc > 0 then
      redis.call('ZREM', s.queue, pid)
      redis.call('ZREM', s.alive, pid)
    end
  end
end

-- 1. forget what has expired: old entries, lapsed leases, waiters that stopped polling
for _, s in ipairs(S) do
  if s.rpm > 0 or s.tpm > 0 then evict(s.log, s.tok, now - window) end
  if s.maxc > 0 then
    redis.call('ZREMRANGEBYSCORE', s.held, '-inf', now)
    local dead = redis.call('ZRANGEBYSCORE', s.alive, '-inf', now)
    for i = 1, #dead, 500 do
      local chunk = {unpack(dead, i, math.min(i + 499, #dead))}
      redis.call('ZREM', s.queue, unpack(chunk))
      redis.call('ZREM', s.alive, unpack(chunk))
    end
  end
end

-- 2. rates: the request must fit every window; report the limit that frees last
local worst = nil
for i, s in ipairs(S) do
  if s.tpm > 0 and tokens > s.tpm then
    leave_all()
    return {'too_large', i, s.tpm, 0, 0}
  end
  local n, t = total(s.tok, '#n'), total(s.tok, '#t')
  if s.rpm > 0 and n + 1 > s.rpm then
    local w = frees_in(s.log, s.tok, n + 1 - s.rpm, false, now, window)
    if worst == nil or w > worst[5] then worst = {'rpm', i, s.rpm, n, w} end
  end
  if s.tpm > 0 and t + tokens > s.tpm then
    local w = frees_in(s.log, s.tok, t + tokens - s.tpm, true, now, window)
    if worst == nil or w > worst[5] then worst = {'tpm', i, s.tpm, t, w} end
  end
end
if worst ~= nil then
  leave_all()
  return worst
end

-- 3. concurrency: a slot is free for me when holders + waiters ahead of me < max_concurrent
local blocked = {}
for i, s in ipairs(S) do
  if s.maxc > 0 then
    local ahead
    if ticket > 0 then
      ahead = redis.call('ZCOUNT', s.queue, '-inf', '(' .. ticket)
    else
      ahead = redis.call('ZCARD', s.queue)
    end
    if redis.call('ZCARD', s.held) + ahead >= s.maxc then blocked[#blocked + 1] = i end
  end
end
if #blocked == 0 then
  for _, s in ipairs(S) do
    if s.rpm > 0 or s.tpm > 0 then
      redis.call('ZADD', s.log, now, pid)
      redis.call('HSET', s.tok, pid, tokens)
      redis.call('HINCRBY', s.tok, '#n', 1)
      redis.call('HINCRBY', s.tok, '#t', tokens)
      extend(s.log, window + 1000)
      extend(s.tok, window + 1000)
    end
    if s.maxc > 0 then
      redis.call('ZADD', s.held, now + lease, pid)
      extend(s.held, lease + 1000)
    end
  end
  leave_all()
  return {'ok', 0, 0, 0, 0}
end

-- 4. wait in line, holding the arrival ticket
if ticket == 0 then
  ticket = redis.call('INCR', KEYS[1])
  extend(KEYS[1], 86400000)
end
for _, i in ipairs(blocked) do
  local s = S[i]
  if not redis.call('ZSCORE', s.queue, pid) then
    if redis.call('ZCARD', s.queue) >= s.maxq then
      leave_all()
      return {'queue_full', i, s.maxc, redis.call('ZCARD', s.held), 0}
    end
    redis.call('ZADD', s.queue, ticket, pid)
  end
end
for _, s in ipairs(S) do
  if s.maxc > 0 and redis.call('ZSCORE', s.queue, pid) then
    redis.call('ZADD', s.alive, now + alive, pid)
    extend(s.queue, alive + 1000)
    extend(s.alive, alive + 1000)
  end
end
return {'wait', blocked[1], S[blocked[1]].maxc, 0, ticket}
"""
)

# KEYS: ticket, then per subject log, tok, held, queue, alive
# ARGV: pid, reserved tokens, actual tokens (-1 = keep the reservation), window_ms, n,
#       then per subject rated (0/1), gated (0/1)
RELEASE = (
    COMMON
    + """
local pid, reserved, actual = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local window, nsub = tonumber(ARGV[4]), tonumber(ARGV[5])
local now = now_ms()
for i = 1, nsub do
  local k, a = 1 + (i - 1) * 5, 5 + (i - 1) * 2
  local log, tok, held = KEYS[k + 1], KEYS[k + 2], KEYS[k + 3]
  if ARGV[a + 1] == '1' then
    evict(log, tok, now - window)
    if actual >= 0 then
      local old = redis.call('HGET', tok, pid)
      if old then
        redis.call('HSET', tok, pid, actual)
        redis.call('HINCRBY', tok, '#t', actual - tonumber(old))
      elseif actual > reserved then
        redis.call('ZADD', log, now, pid .. '+')
        redis.call('HSET', tok, pid .. '+', actual - reserved)
        redis.call('HINCRBY', tok, '#t', actual - reserved)
        extend(log, window + 1000)
        extend(tok, window + 1000)
      end
    end
  end
  if ARGV[a + 2] == '1' then redis.call('ZREM', held, pid) end
end
return 1
"""
)

# KEYS: held sets, one per (permit, subject); ARGV: lease_ms, then the permit id for each key
# returns how many leases had already lapsed (their slots were given away)
REFRESH = (
    COMMON
    + """
local now, lease, lost = now_ms(), tonumber(ARGV[1]), 0
for i, held in ipairs(KEYS) do
  if redis.call('ZSCORE', held, ARGV[i + 1]) then
    redis.call('ZADD', held, now + lease, ARGV[i + 1])
    extend(held, lease + 1000)
  else
    lost = lost + 1
  end
end
return lost
"""
)

# KEYS: log, tok, held, queue, alive of one subject; ARGV: window_ms
USAGE = (
    COMMON
    + """
local now = now_ms()
evict(KEYS[1], KEYS[2], now - tonumber(ARGV[1]))
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
local dead = redis.call('ZRANGEBYSCORE', KEYS[5], '-inf', now)
if #dead > 0 then
  redis.call('ZREM', KEYS[4], unpack(dead))
  redis.call('ZREM', KEYS[5], unpack(dead))
end
return {total(KEYS[2], '#n'), total(KEYS[2], '#t'), redis.call('ZCARD', KEYS[3]), redis.call('ZCARD', KEYS[4])}
"""
)
