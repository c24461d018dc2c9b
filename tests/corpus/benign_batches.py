"""Fresh benign messages, collected after the rules were written, each with its source.

Eight batches of real messages from libraries, runtimes, editors and assistants' own
code that the lists of `tests.corpus.benign` never drew from, their format placeholders
filled with ordinary values (public model ids, counts, status codes, package names;
never a home path, a user, an address or a secret). Each row is
``(repository and file, message)``. Strings already in another list are left out.

- Batches F, G and H (tune half): measured before any rule was written for them
  (83.1 %, 88.8 % and 89.7 % unchanged of 231, 241 and 261), then looked at and tuned on.
- Batch I (holdout half): measured twice, before and after the rules of the session
  that collected it (86.0 % and 87.2 % of 242; one of them is also in batch H and is
  left out here), never looked at string by string until a later session's report
  printed the holdout half's changed strings once (`--misses`); no rule was written
  after that.
- Batch J (holdout half): collected after that, from 16 sources no batch had drawn from
  (240 rows; 3 are also in the tune half and are left out of the holdout), written into
  this file unread and measured in aggregate only: 84.0 % of 237 unchanged, both with
  the code of the session that collected it and with the code it started from.
- Batch K (tune half): 16 more sources (270 rows, 9 of them already in the tune half
  and left out here), measured before any rule was written for it (87.0 % unchanged),
  then looked at and tuned on.
- Batch M (tune half): 16 more sources, developer tools whose messages name files,
  paths, hosts and commands (271 rows, 2 of them already in the tune half and left out
  here), measured before any rule was written for it (79.9 % unchanged), then looked at
  and tuned on.
- Batch L (holdout half): 16 sources no other batch drew from (280 rows), collected with
  K and written into this file unread; measured in aggregate only (86.4 % unchanged with
  the code the session that collected it started from). A later session printed its
  first dozen rows once while checking this file's layout; no rule was chosen after.
- Batch N (holdout half): 16 more sources (268 rows, 10 of them already in the tune half
  and left out of the holdout), collected by someone who had not read the rules,
  written into this file unread and measured in aggregate only: 82.6 % of 258 unchanged,
  both with the code of the session that collected it and with the code it started
  from. Later in that session a formatter's check printed its rows once, after the
  session's last rule had been chosen; no rule was chosen after that.
"""

# ruff: noqa: E501
from __future__ import annotations

from typing import Final

# Batch F: continuedev/continue, Aider-AI/aider, vllm-project/vllm, BerriAI/litellm,
# openai/openai-node, anthropics/anthropic-sdk-typescript, huggingface/huggingface_hub,
# jupyter_client, jupyter_server, nodejs/node, git/git, npm/cli, pypa/pip,
# microsoft/vscode, ggml-org/llama.cpp.
BATCH_F: Final[list[tuple[str, str]]] = [
    (
        "continuedev/continue core/llm/index.ts",
        "You may need to add pre-paid credits before using the OpenAI API.",
    ),
    (
        "continuedev/continue core/llm/index.ts",
        "You are using a Mistral API key, which is not compatible with the Codestral API. Please either obtain a Codestral API key, or use the Mistral API by setting 'apiBase' to 'https://api.mistral.ai/v1' in config.json.",
    ),
    (
        "continuedev/continue core/llm/index.ts",
        "Unable to connect to local Ollama instance. Ollama may not be running.",
    ),
    (
        "continuedev/continue core/llm/index.ts",
        "Unable to connect to local Lemonade instance. Lemonade server may not be running.",
    ),
    (
        "continuedev/continue core/llm/index.ts",
        "Reranking is not supported for provider type ollama",
    ),
    (
        "continuedev/continue core/llm/index.ts",
        "Embedding is not supported for provider type anthropic",
    ),
    (
        "continuedev/continue core/llm/llms/Ollama.ts",
        "Failed to list Ollama models. Make sure Ollama is running.",
    ),
    (
        "continuedev/continue core/llm/llms/Ollama.ts",
        "'llama3.1:8b' not found in the Ollama registry!",
    ),
    (
        "continuedev/continue core/llm/llms/Ollama.ts",
        "Model 'qwen2.5-coder:7b' is already being installed.",
    ),
    (
        "continuedev/continue core/llm/llms/OpenAI.ts",
        "No API base URL provided. Please set the 'apiBase' option in config.yaml",
    ),
    (
        "continuedev/continue core/llm/llms/Anthropic.ts",
        "Request not sent. You have an Anthropic model configured in your config.yaml, but the API key is not set.",
    ),
    ("continuedev/continue core/llm/fetchModels.ts", "Failed to fetch OpenRouter models: 503"),
    ("continuedev/continue core/llm/llms/VertexAI.ts", "VertexAI: keyJson must be a JSON string"),
    ("continuedev/continue core/llm/llms/index.ts", 'Unknown LLM provider type "ollama-cloud"'),
    (
        "continuedev/continue core/indexing/docs/DocsService.ts",
        "Could not retrieve @docs Lance Table: no embeddings provider specified",
    ),
    (
        "continuedev/continue core/util/withExponentialBackoff.ts",
        "Failed to make API call after 5 retries",
    ),
    (
        "Aider-AI/aider aider/coders/base_coder.py",
        "Your estimated chat context of 131,072 tokens exceeds the 128,000 token limit for gpt-4o!",
    ),
    (
        "Aider-AI/aider aider/coders/patch_coder.py",
        "Response does not appear to be in patch format.",
    ),
    (
        "Aider-AI/aider aider/commands.py",
        "Unable to get current commit. The repository might be empty.",
    ),
    ("Aider-AI/aider aider/commands.py", "No changes to display since the last message."),
    ("Aider-AI/aider aider/commands.py", "To use /voice you must provide an OpenAI API key."),
    (
        "Aider-AI/aider aider/main.py",
        "--openai-api-type is deprecated, use --set-env OPENAI_API_TYPE=<value>",
    ),
    (
        "Aider-AI/aider aider/main.py",
        "The specified model 'openrouter/anthropic/claude-3.5-sonnet' requires an OpenRouter API key, which was not found.",
    ),
    (
        "Aider-AI/aider aider/main.py",
        "Warning: gpt-4o does not support 'thinking_tokens', ignoring.",
    ),
    (
        "Aider-AI/aider aider/models.py",
        "Warning for ollama/llama3.1:8b: Unknown context window size and costs, using sane defaults.",
    ),
    ("Aider-AI/aider aider/repomap.py", "Disabling repo map, git repo too large?"),
    ("openai/openai-node src/core/error.ts", "502 status code (no body)"),
    ("openai/openai-node src/core/error.ts", "OAuth2 authentication error"),
    (
        "openai/openai-node src/client.ts",
        "Missing credentials. Please pass an `apiKey`, `workloadIdentity`, `adminAPIKey`, or set the `OPENAI_API_KEY` or `OPENAI_ADMIN_KEY` environment variable.",
    ),
    (
        "openai/openai-node src/client.ts",
        "The `apiKey` and `workloadIdentity` options are mutually exclusive",
    ),
    (
        "openai/openai-node src/core/streaming.ts",
        "Cannot iterate over a consumed stream, use `.tee()` to split the stream.",
    ),
    (
        "openai/openai-node src/core/pagination.ts",
        "No next page expected; please check `.hasNextPage()` before calling `.getNextPage()`.",
    ),
    (
        "openai/openai-node src/lib/AbstractChatCompletionRunner.ts",
        "stream ended without producing a ChatCompletion",
    ),
    (
        "openai/openai-node src/lib/AbstractChatCompletionRunner.ts",
        "ChatCompletion convenience helpers only support n=1 at this time. To use n>1, please use chat.completions.create() directly.",
    ),
    (
        "openai/openai-node src/lib/parser.ts",
        "The `get_weather` tool is not marked with `strict: true`. Only strict function tools can be auto-parsed",
    ),
    ("openai/openai-node src/lib/webhook-signature.ts", "Webhook timestamp is too old"),
    (
        "openai/openai-node src/lib/webhook-signature.ts",
        "The given webhook signature does not match the expected signature",
    ),
    (
        "openai/openai-node src/internal/data-residency.ts",
        "The `dataResidency` and `baseURL` options are mutually exclusive.",
    ),
    ("openai/openai-node src/beta/realtime/ws.ts", "Azure OpenAI Realtime requires an API key"),
    (
        "anthropics/anthropic-sdk-typescript src/client.ts",
        'Could not resolve authentication method. Expected one of apiKey, authToken, credentials, config, or profile to be set. Or for one of the "X-Api-Key" or "Authorization" headers to be explicitly omitted',
    ),
    (
        "anthropics/anthropic-sdk-typescript src/client.ts",
        "Streaming is required for operations that may take longer than 10 minutes. See https://github.com/anthropics/anthropic-sdk-typescript#long-requests for more details",
    ),
    ("anthropics/anthropic-sdk-typescript src/core/error.ts", "Retryable error."),
    ("anthropics/anthropic-sdk-typescript src/core/error.ts", "529 status code (no body)"),
    (
        "anthropics/anthropic-sdk-typescript src/core/middleware.ts",
        "middleware consumed the response body; use response.clone() to inspect it, or return new Response(body, response) to consume and replace it",
    ),
    (
        "anthropics/anthropic-sdk-typescript src/core/middleware.ts",
        "cannot ctx.parse() a response whose body was already consumed; call ctx.parse() instead of reading the body, or read via response.clone()",
    ),
    (
        "anthropics/anthropic-sdk-typescript src/lib/MessageStream.ts",
        "stream ended without producing a Message with role=assistant",
    ),
    (
        "anthropics/anthropic-sdk-typescript src/lib/MessageStream.ts",
        "stream ended without producing a content block with type=text",
    ),
    (
        "anthropics/anthropic-sdk-typescript src/lib/beta-parser.ts",
        "The `parsed` property on `text` blocks is deprecated, please use `parsed_output` instead.",
    ),
    (
        "anthropics/anthropic-sdk-typescript src/lib/tools/BetaToolRunner.ts",
        "Expected text response for compaction",
    ),
    (
        "anthropics/anthropic-sdk-typescript src/lib/credentials/identity-token.ts",
        "Identity token value is empty",
    ),
    (
        "anthropics/anthropic-sdk-typescript src/lib/environments/worker.ts",
        "EnvironmentWorker.run: environmentId and environmentKey are required to poll for work",
    ),
    (
        "anthropics/anthropic-sdk-typescript src/lib/environments/worker.ts",
        "handleItem: sessionId is required — pass it or set ANTHROPIC_SESSION_ID",
    ),
    (
        "anthropics/anthropic-sdk-typescript src/lib/environments/poller.ts",
        "Cannot iterate over a consumed WorkPoller",
    ),
    (
        "anthropics/anthropic-sdk-typescript src/resources/messages/messages.ts",
        "The model 'claude-3-5-sonnet-20241022' is deprecated and will reach end-of-life on October 22, 2025\nPlease migrate to a newer model. Visit https://docs.anthropic.com/en/docs/resources/model-deprecations for more information.",
    ),
    (
        "anthropics/anthropic-sdk-typescript src/resources/messages/messages.ts",
        "Using Claude with claude-opus-4-6 and 'thinking.type=enabled' is deprecated. Use 'thinking.type=adaptive' instead which results in better model performance in our testing: https://platform.claude.com/docs/en/build-with-claude/adaptive-thinking",
    ),
    (
        "anthropics/anthropic-sdk-typescript src/helpers/json-schema.ts",
        "JSON schema must be an object, but got array",
    ),
    (
        "huggingface/huggingface_hub src/huggingface_hub/utils/_http.py",
        "404 Client Error.\n\nRepository Not Found for url: https://huggingface.co/api/models/Qwen/Qwen2.5-7B-Instruct-GGUF/revision/main.",
    ),
    (
        "huggingface/huggingface_hub src/huggingface_hub/utils/_http.py",
        "403 Client Error.\n\nCannot access gated repo for url https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/resolve/main/config.json.",
    ),
    (
        "huggingface/huggingface_hub src/huggingface_hub/utils/_http.py",
        "404 Client Error.\n\nRevision Not Found for url: https://huggingface.co/api/models/gpt2/revision/v2.0.",
    ),
    (
        "huggingface/huggingface_hub src/huggingface_hub/utils/_http.py",
        "404 Client Error.\n\nEntry Not Found for url: https://huggingface.co/gpt2/resolve/main/tokenizer.model.",
    ),
    (
        "huggingface/huggingface_hub src/huggingface_hub/utils/_http.py",
        "429 Too Many Requests: you have reached your 'api' rate limit.\nRetry after 60 seconds (0/1000 requests remaining in current 300s window).\nUrl: https://huggingface.co/api/models/bert-base-uncased.",
    ),
    (
        "huggingface/huggingface_hub src/huggingface_hub/utils/_http.py",
        "429 Too Many Requests for url: https://huggingface.co/api/models/bert-base-uncased/tree/main.",
    ),
    (
        "huggingface/huggingface_hub src/huggingface_hub/utils/_http.py",
        "Cannot reach https://huggingface.co/api/models/gpt2: offline mode is enabled. To disable it, please unset the `HF_HUB_OFFLINE` environment variable.",
    ),
    (
        "huggingface/huggingface_hub src/huggingface_hub/utils/_http.py",
        "Rate limited. Waiting 8s before retry [Retry 3/5].",
    ),
    (
        "huggingface/huggingface_hub src/huggingface_hub/utils/_http.py",
        "HTTP Error 503 thrown while requesting GET https://huggingface.co/api/models/gpt2",
    ),
    (
        "huggingface/huggingface_hub src/huggingface_hub/_login.py",
        "Token has not been saved to git credential helper.",
    ),
    (
        "huggingface/huggingface_hub src/huggingface_hub/_login.py",
        "Note: No active token is set and no environment variable `HF_TOKEN` is found. Use `hf auth login` to log in.",
    ),
    (
        "huggingface/huggingface_hub src/huggingface_hub/_login.py",
        "Token has been deleted from your machine but you are still logged in.\nTo log out, you must clear out both `HF_TOKEN` and `HUGGING_FACE_HUB_TOKEN` environment variables.",
    ),
    (
        "huggingface/huggingface_hub src/huggingface_hub/file_download.py",
        "Cannot find the requested files in the disk cache and outgoing traffic has been disabled. To enable hf.co look-ups and downloads online, set 'local_files_only' to False.",
    ),
    (
        "huggingface/huggingface_hub src/huggingface_hub/file_download.py",
        "An error happened while trying to locate the file on the Hub and we cannot find the requested files in the local cache. Please check your connection and try again or make sure your Internet connection is on.",
    ),
    (
        "huggingface/huggingface_hub src/huggingface_hub/file_download.py",
        "Cannot pass 'force_download=True' and 'local_files_only=True' at the same time.",
    ),
    (
        "huggingface/huggingface_hub src/huggingface_hub/_snapshot_download.py",
        "Cannot find an appropriate cached snapshot folder for the specified revision on the local disk and outgoing traffic has been disabled. To enable repo look-ups and downloads online, set 'HF_HUB_OFFLINE=0' as environment variable.",
    ),
    (
        "huggingface/huggingface_hub src/huggingface_hub/utils/_validators.py",
        "Repo id must be in the form 'repo_name' or 'namespace/repo_name': 'huggingface/models/bert-base-uncased'. Use `repo_type` argument if needed.",
    ),
    (
        "huggingface/huggingface_hub src/huggingface_hub/utils/_validators.py",
        "Cannot have -- or .. in repo_id: 'models--gpt2'.",
    ),
    (
        "huggingface/huggingface_hub src/huggingface_hub/inference/_providers/__init__.py",
        "Specifying a model is required when provider is 'auto'",
    ),
    (
        "huggingface/huggingface_hub src/huggingface_hub/inference/_providers/__init__.py",
        "Task 'text-to-video' not supported for provider 'groq'. Available tasks: ['conversational']",
    ),
    (
        "jupyter/jupyter_client jupyter_client/client.py",
        "Kernel didn't respond to heartbeats in 60 seconds and timed out",
    ),
    (
        "jupyter/jupyter_client jupyter_client/client.py",
        "Kernel died before replying to kernel_info",
    ),
    ("jupyter/jupyter_client jupyter_client/client.py", "Timeout waiting for reply"),
    (
        "jupyter/jupyter_client jupyter_client/client.py",
        "IOPub channel must be running to receive output",
    ),
    ("jupyter/jupyter_client jupyter_client/kernelspec.py", "No such kernel named python3"),
    (
        "jupyter/jupyter_client jupyter_client/manager.py",
        "Cannot restart the kernel. No previous call to 'start_kernel'.",
    ),
    (
        "jupyter/jupyter_client jupyter_client/manager.py",
        "Cannot interrupt kernel. No kernel is running!",
    ),
    ("jupyter/jupyter_client jupyter_client/restarter.py", "KernelRestarter: restart failed"),
    (
        "jupyter/jupyter_client jupyter_client/restarter.py",
        "KernelRestarter: restarting kernel (1/5), keep random ports",
    ),
    (
        "jupyter/jupyter_client jupyter_client/multikernelmanager.py",
        "Kernel is in a pending state. Cannot interrupt.",
    ),
    (
        "jupyter/jupyter_client jupyter_client/provisioning/factory.py",
        "Was unable to find a provisioner",
    ),
    (
        "jupyter/jupyter_client jupyter_client/ioloop/restarter.py",
        "IOLoopKernelRestarter.loop is deprecated in jupyter-client 5.2",
    ),
    (
        "jupyter-server/jupyter_server jupyter_server/services/kernels/connection/channels.py",
        "IOPub message rate exceeded.\nThe Jupyter server will temporarily stop sending output\nto the client in order to avoid crashing it.\nTo change this limit, set the config variable\n`--ServerApp.iopub_msg_rate_limit`.",
    ),
    (
        "jupyter-server/jupyter_server jupyter_server/services/kernels/connection/channels.py",
        "IOPub data rate exceeded.\nThe Jupyter server will temporarily stop sending output\nto the client in order to avoid crashing it.\nTo change this limit, set the config variable\n`--ServerApp.iopub_data_rate_limit`.",
    ),
    (
        "jupyter-server/jupyter_server jupyter_server/services/kernels/connection/channels.py",
        "iopub messages resumed",
    ),
    (
        "jupyter-server/jupyter_server jupyter_server/services/kernels/kernelmanager.py",
        "Kernel does not exist: 3f2a7c1e-9b4d-4e8a-a1c5-6d0e2b7f8a91",
    ),
    (
        "jupyter-server/jupyter_server jupyter_server/services/kernels/handlers.py",
        "Exception restarting kernel",
    ),
    (
        "jupyter-server/jupyter_server jupyter_server/services/kernels/websocket.py",
        "No session ID specified",
    ),
    (
        "jupyter-server/jupyter_server jupyter_server/services/kernelspecs/handlers.py",
        "Kernel spec ir not found",
    ),
    (
        "jupyter-server/jupyter_server jupyter_server/services/sessions/handlers.py",
        "Missing field in JSON data: path",
    ),
    (
        "jupyter-server/jupyter_server jupyter_server/services/sessions/handlers.py",
        "Sessions API changed, see updated swagger docs",
    ),
    (
        "jupyter-server/jupyter_server jupyter_server/services/contents/handlers.py",
        "Cannot POST to files, use PUT instead.",
    ),
    (
        "git/git builtin/merge.c",
        "fatal: You have not concluded your merge (MERGE_HEAD exists).\nPlease, commit your changes before you merge.",
    ),
    ("git/git builtin/merge.c", "fatal: No remote for the current branch."),
    ("git/git builtin/pull.c", "fatal: Need to specify how to reconcile divergent branches."),
    (
        "git/git builtin/push.c",
        "fatal: The current branch main has no upstream branch.\nTo push the current branch and set the remote as upstream, use\n\n    git push --set-upstream origin main\n",
    ),
    (
        "git/git builtin/push.c",
        "error: failed to push some refs to 'https://github.com/git/git.git'",
    ),
    ("git/git builtin/push.c", "fatal: --atomic can only be used when pushing to one remote"),
    ("git/git builtin/commit.c", "fatal: You have nothing to amend."),
    ("git/git builtin/commit.c", "fatal: You are in the middle of a rebase -- cannot amend."),
    ("git/git builtin/fetch.c", "fatal: --unshallow on a complete repository does not make sense"),
    ("git/git builtin/fetch.c", "fatal: no such remote or remote group: upstream"),
    (
        "git/git builtin/fetch.c",
        "error: some local refs could not be updated; try running\n 'git remote prune origin' to remove any old, conflicting branches",
    ),
    ("git/git builtin/checkout.c", "fatal: You are on a branch yet to be born"),
    ("git/git builtin/checkout.c", "warning: you are switching branch while bisecting"),
    ("git/git builtin/checkout.c", "fatal: 'main' matched multiple (2) remote tracking branches"),
    ("git/git builtin/branch.c", "error: the branch 'dev' is not fully merged"),
    (
        "git/git builtin/branch.c",
        "fatal: the '--set-upstream' option is no longer supported. Please use '--track' or '--set-upstream-to' instead",
    ),
    ("git/git builtin/clone.c", "warning: You appear to have cloned an empty repository."),
    ("git/git builtin/clone.c", "fatal: Remote branch develop not found in upstream origin"),
    ("git/git builtin/rebase.c", "fatal: It looks like 'git am' is in progress. Cannot rebase."),
    ("git/git builtin/rebase.c", "warning: --empty=ask is deprecated; use '--empty=stop' instead."),
    ("npm/cli lib/utils/error-message.js", "This command requires an existing lockfile."),
    (
        "npm/cli lib/utils/error-message.js",
        "This operation requires a one-time password from your authenticator.",
    ),
    (
        "npm/cli lib/utils/error-message.js",
        "Unable to authenticate, your authentication token seems to be invalid.",
    ),
    ("npm/cli lib/utils/error-message.js", "'left-pad-utils@1.0.0' is not in this registry."),
    ("npm/cli lib/utils/error-message.js", "Cannot publish over existing version."),
    (
        "npm/cli lib/utils/error-message.js",
        "This is a problem related to network connectivity.\nIn most cases you are behind a proxy or have bad network settings.\n\nIf you are behind a proxy, please make sure that the\n'proxy' config is set properly.  See: 'npm help config'",
    ),
    (
        "npm/cli lib/utils/error-message.js",
        'Unsupported platform for fsevents@2.3.3: wanted {"os":"darwin"} (current: {"os":"linux"})',
    ),
    ("npm/cli lib/commands/ci.js", "`npm ci` does not work for global packages"),
    ("npm/cli lib/base-cmd.js", "Can not use --no-workspaces and --workspace at the same time"),
    (
        "npm/cli lib/commands/update.js",
        "The --depth option no longer has any effect. See RFC0019.\nhttps://github.com/npm/rfcs/blob/latest/implemented/0019-remove-update-depth-option.md",
    ),
    ("npm/cli lib/utils/get-identity.js", "This command requires you to be logged in."),
    ("npm/cli lib/commands/view.js", "No match found for version 99.0.0"),
    (
        "pypa/pip src/pip/_internal/index/package_finder.py",
        "Could not find a version that satisfies the requirement torch==2.9.9 (from versions: 2.4.0, 2.4.1, 2.5.0, 2.5.1)",
    ),
    (
        "pypa/pip src/pip/_internal/index/package_finder.py",
        "No matching distribution found for torch==2.9.9",
    ),
    ("pypa/pip src/pip/_internal/cli/base_command.py", "Operation cancelled by user"),
    (
        "pypa/pip src/pip/_internal/cli/base_command.py",
        "Could not find an activated virtualenv (required).",
    ),
    (
        "pypa/pip src/pip/_internal/cli/index_command.py",
        "There was an error checking the latest version of pip.",
    ),
    ("pypa/pip src/pip/_internal/commands/install.py", "Can not combine '--user' and '--target'"),
    (
        "pypa/pip src/pip/_internal/network/utils.py",
        "404 Client Error: Not Found for url: https://pypi.org/simple/torchvison/",
    ),
    ("pypa/pip src/pip/_internal/network/download.py", "Connection interrupted while downloading."),
    (
        "pypa/pip src/pip/_internal/exceptions/network.py",
        "Are you connected to the Internet? If so, check whether your system can connect to pypi.org before trying again. There may be a firewall or proxy that's preventing the connection.",
    ),
    (
        "pypa/pip src/pip/_internal/exceptions/network.py",
        "Failed to establish a secure connection to pypi.org while fetching https://pypi.org/simple/requests/",
    ),
    (
        "pypa/pip src/pip/_internal/exceptions/build.py",
        "Cannot import the 'venv' module of the Python standard library",
    ),
    (
        "pypa/pip src/pip/_internal/exceptions/build.py",
        "Cannot import build backend 'setuptools.build_meta'.",
    ),
    (
        "nodejs/node lib/internal/errors.js",
        'The "path" argument must be of type string. Received undefined',
    ),
    (
        "nodejs/node lib/internal/errors.js",
        'The "url" argument must be of type string. Received an instance of URL',
    ),
    ("nodejs/node lib/internal/errors.js", "Invalid URL: /api/chat"),
    (
        "nodejs/node lib/internal/errors.js",
        "Cannot find package 'node-fetch' imported from /app/dist/index.js",
    ),
    ("nodejs/node lib/internal/errors.js", 'Unknown file extension ".ts" for /app/src/index.ts'),
    (
        "nodejs/node lib/internal/errors.js",
        'The value of "timeout" is out of range. It must be >= 0 && <= 2147483647. Received -1',
    ),
    (
        "nodejs/node lib/internal/errors.js",
        "options.port should be >= 0 and < 65536. Received 70000.",
    ),
    ("nodejs/node lib/internal/errors.js", "Unhandled error. (Error: socket hang up)"),
    (
        "BerriAI/litellm litellm/litellm_core_utils/get_llm_provider_logic.py",
        "litellm.BadRequestError: LLM Provider NOT provided. Pass in the LLM provider you are trying to call. You passed model=llama3.1:8b\n Pass model as E.g. For 'Huggingface' inference endpoints pass in `completion(model='huggingface/starcoder',..)` Learn more: https://docs.litellm.ai/docs/providers",
    ),
    (
        "BerriAI/litellm litellm/types/utils.py",
        "Unmapped LLM provider for this endpoint. You passed model=gpt-4o, custom_llm_provider=None. Check supported provider and route: https://docs.litellm.ai/docs/providers",
    ),
    (
        "BerriAI/litellm litellm/types/utils.py",
        "redacted by litellm. 'litellm.turn_off_message_logging=True'",
    ),
    (
        "BerriAI/litellm litellm/types/router.py",
        "No deployments available for selected model, Try again in 60 seconds. Passed model=gpt-4o. pre-call-checks=False, cooldown_list=[]",
    ),
    ("BerriAI/litellm litellm/types/router.py", "No deployments available for selected model."),
    ("BerriAI/litellm litellm/types/router.py", "Deployment over user-defined ratelimit."),
    (
        "BerriAI/litellm litellm/types/router.py",
        "Not allowed to access model due to tags configuration",
    ),
    ("BerriAI/litellm litellm/types/router.py", "No deployments available - crossed budget"),
    ("BerriAI/litellm litellm/types/router.py", "There are no healthy deployments for this model"),
    (
        "BerriAI/litellm litellm/types/router.py",
        "Every deployment for it is a strategy router marker (auto_router/...), which is not a callable model, and no pre-routing strategy selected a deployment for this request",
    ),
    (
        "BerriAI/litellm litellm/exceptions.py",
        "Budget has been exceeded! Current cost: 10.52, Max budget: 10.0",
    ),
    (
        "BerriAI/litellm litellm/exceptions.py",
        "Blocked entity detected: CREDIT_CARD by Guardrail: presidio-pii. This entity is not allowed to be used in this request.",
    ),
    (
        "BerriAI/litellm litellm/router_utils/handle_error.py",
        "get_available_deployment for model: gpt-4o, No deployment available",
    ),
    (
        "BerriAI/litellm litellm/router_utils/fallback_event_handlers.py",
        "Falling back to model_group = gpt-4o-mini",
    ),
    (
        "BerriAI/litellm litellm/router_utils/fallback_event_handlers.py",
        "Successful fallback b/w models.",
    ),
    (
        "BerriAI/litellm litellm/litellm_core_utils/exception_mapping_utils.py",
        "This error occurs when load balancing Responses API across deployments with different API keys.",
    ),
    (
        "BerriAI/litellm litellm/litellm_core_utils/exception_mapping_utils.py",
        "Encrypted content is tied to the organization that created it and cannot be decrypted by other organizations.",
    ),
    (
        "BerriAI/litellm litellm/litellm_core_utils/get_llm_provider_logic.py",
        "Provider List: https://docs.litellm.ai/docs/providers",
    ),
    (
        "vllm-project/vllm vllm/entrypoints/openai/engine/serving.py",
        "The model `gpt-4o` does not exist.",
    ),
    (
        "vllm-project/vllm vllm/entrypoints/openai/engine/serving.py",
        "This model's maximum context length is 32768 tokens. However, your request has 33012 input tokens. Please reduce the length of the input messages.",
    ),
    (
        "vllm-project/vllm vllm/entrypoints/openai/engine/serving.py",
        "'max_tokens' or 'max_completion_tokens' is too large: 4096. This model's maximum context length is 8192 tokens and your request has 5120 input tokens (4096 > 8192 - 5120).",
    ),
    (
        "vllm-project/vllm vllm/entrypoints/openai/engine/serving.py",
        "This model's maximum context length is 512 tokens. However, you requested 730 tokens in the input for embedding generation. Please reduce the length of the input.",
    ),
    (
        "vllm-project/vllm vllm/entrypoints/openai/engine/serving.py",
        "Chat template is passed with request, but --trust-request-chat-template is not set. Refused request with untrusted chat template.",
    ),
    (
        "vllm-project/vllm vllm/entrypoints/openai/engine/serving.py",
        "truncate_prompt_tokens value is greater than max_model_len. Please, select a smaller truncation size.",
    ),
    (
        "vllm-project/vllm vllm/entrypoints/openai/engine/serving.py",
        "Request type does not support pooling parameters",
    ),
    (
        "vllm-project/vllm vllm/entrypoints/openai/engine/serving.py",
        "Failed to generate results for all prompts",
    ),
    ("vllm-project/vllm vllm/entrypoints/openai/engine/serving.py", "Internal server error"),
    (
        "vllm-project/vllm vllm/entrypoints/openai/engine/serving.py",
        "Embedding prompt not supported for beam search",
    ),
    ("vllm-project/vllm vllm/entrypoints/openai/engine/serving.py", "unimplemented endpoint"),
    (
        "vllm-project/vllm vllm/v1/engine/exceptions.py",
        "EngineCore encountered an issue. See stack trace (above) for the root cause.",
    ),
    (
        "vllm-project/vllm vllm/entrypoints/openai/models/serving.py",
        "Both 'lora_name' and 'lora_path' must be provided.",
    ),
    (
        "vllm-project/vllm vllm/entrypoints/openai/models/serving.py",
        "The lora adapter 'sql-lora' has already been loaded. If you want to load the adapter in place, set 'load_inplace' to True.",
    ),
    (
        "vllm-project/vllm vllm/entrypoints/openai/models/serving.py",
        "The lora adapter 'sql-lora' cannot be found.",
    ),
    (
        "vllm-project/vllm vllm/entrypoints/openai/models/serving.py",
        "'lora_name' needs to be provided to unload a LoRA adapter.",
    ),
    (
        "vllm-project/vllm vllm/entrypoints/openai/models/serving.py",
        "Success: LoRA adapter 'sql-lora' added successfully.",
    ),
    (
        "vllm-project/vllm vllm/entrypoints/openai/models/serving.py",
        "LoRA adapter sql-lora does not exist",
    ),
    (
        "vllm-project/vllm vllm/entrypoints/openai/models/serving.py",
        "Failed to remove lora adapter 'sql-lora' from the engine.",
    ),
    (
        "ggml-org/llama.cpp tools/server/server-context.cpp",
        "This server does not support metrics endpoint. Start it with `--metrics`",
    ),
    (
        "ggml-org/llama.cpp tools/server/server-context.cpp",
        "This server does not support slots endpoint. Start it with `--slots`",
    ),
    (
        "ggml-org/llama.cpp tools/server/server-context.cpp",
        "This server does not support slots action. Start it with `--slot-save-path`",
    ),
    (
        "ggml-org/llama.cpp tools/server/server-context.cpp",
        "This server does not support changing global properties. Start it with `--props`",
    ),
    ("ggml-org/llama.cpp tools/server/server-context.cpp", "no slot available"),
    ("ggml-org/llama.cpp tools/server/server-context.cpp", "Invalid slot ID"),
    (
        "ggml-org/llama.cpp tools/server/server-context.cpp",
        "Infill is not supported by this model: prefix token is missing. suffix token is missing. middle token is missing. ",
    ),
    ("ggml-org/llama.cpp tools/server/server-context.cpp", '"input_prefix" is required'),
    (
        "ggml-org/llama.cpp tools/server/server-context.cpp",
        '"input_extra" must be an array of {"filename": string, "text": string}',
    ),
    (
        "ggml-org/llama.cpp tools/server/server-context.cpp",
        'extra_context chunk must contain a "text" field with a string value',
    ),
    ("ggml-org/llama.cpp tools/server/server-context.cpp", "failed to process mtmd chunk"),
    ("ggml-org/llama.cpp tools/server/server-context.cpp", "unknown control action"),
    (
        "ggml-org/llama.cpp tools/server/server-context.cpp",
        "ctx_shift is not supported by multimodal, it will be disabled",
    ),
    (
        "ggml-org/llama.cpp tools/server/server-context.cpp",
        "cache_reuse is not supported by this context, it will be disabled",
    ),
    (
        "ggml-org/llama.cpp tools/server/server-context.cpp",
        "swa_full is not supported by this model, it will be disabled",
    ),
    (
        "ggml-org/llama.cpp tools/server/server-context.cpp",
        "the slot context (131072) exceeds the training context of the model (32768) - capping",
    ),
    (
        "ggml-org/llama.cpp tools/server/server-context.cpp",
        "speculative decoding not supported by this context",
    ),
    (
        "ggml-org/llama.cpp tools/server/server-context.cpp",
        "prompt cache is enabled, size limit: 8192 MiB",
    ),
    (
        "ggml-org/llama.cpp tools/server/server-context.cpp",
        "use `--cache-ram 0` to disable the prompt cache",
    ),
    (
        "ggml-org/llama.cpp tools/server/server-context.cpp",
        "--cache-idle-slots requires --cache-ram, disabling",
    ),
    (
        "ggml-org/llama.cpp tools/server/server-context.cpp",
        "need to evaluate at least 1 token for each active slot (n_past = 512, task.n_tokens() = 512)",
    ),
    (
        "ggml-org/llama.cpp tools/server/server-context.cpp",
        "init: please consider disabling jinja via --no-jinja, or use a custom chat template via --chat-template",
    ),
    (
        "microsoft/vscode src/vs/platform/extensionManagement/common/abstractExtensionManagementService.ts",
        "Marketplace is not enabled",
    ),
    (
        "microsoft/vscode src/vs/platform/extensionManagement/common/abstractExtensionManagementService.ts",
        "Only Marketplace Extensions can be reinstalled",
    ),
    (
        "microsoft/vscode src/vs/platform/extensionManagement/common/abstractExtensionManagementService.ts",
        "Can't install 'ms-python.python' extension because it is not compatible with the current version of Visual Studio Code (version 1.85.0).",
    ),
    (
        "microsoft/vscode src/vs/platform/extensionManagement/common/abstractExtensionManagementService.ts",
        "Can't install pre-release version of 'github.copilot-chat' extension because it is not compatible with the current version of Visual Studio Code (version 1.90.2).",
    ),
    (
        "microsoft/vscode src/vs/platform/extensionManagement/common/abstractExtensionManagementService.ts",
        "Can't install release version of 'continue.continue' extension because it has no release version.",
    ),
    (
        "microsoft/vscode src/vs/platform/extensionManagement/common/abstractExtensionManagementService.ts",
        "The 'ms-vscode.cpptools' extension is not available in Visual Studio Code for linux-arm64.",
    ),
    (
        "microsoft/vscode src/vs/platform/extensionManagement/common/abstractExtensionManagementService.ts",
        "Missing manifest for extension ms-toolsai.jupyter",
    ),
    (
        "microsoft/vscode src/vs/platform/extensionManagement/common/abstractExtensionManagementService.ts",
        "Cannot install 'esbenp.prettier-vscode' extension because of version mismatch in Marketplace",
    ),
    (
        "microsoft/vscode src/vs/platform/extensionManagement/common/abstractExtensionManagementService.ts",
        "Cannot uninstall 'Python' extension. 'Pylance' extension depends on this.",
    ),
    (
        "microsoft/vscode src/vs/platform/extensionManagement/common/abstractExtensionManagementService.ts",
        "Extension ms-python.vscode-pylance is not installed",
    ),
    (
        "microsoft/vscode src/vs/platform/extensionManagement/common/abstractExtensionManagementService.ts",
        "Failed to install extension.",
    ),
    (
        "microsoft/vscode src/vs/platform/extensionManagement/common/abstractExtensionManagementService.ts",
        "Uninstallation task is not found in the cache",
    ),
    (
        "microsoft/vscode src/vs/platform/extensionManagement/common/extensionManagementCLI.ts",
        "Extension 'ms-python.pyhton' not found.",
    ),
    (
        "microsoft/vscode src/vs/platform/extensionManagement/common/extensionManagementCLI.ts",
        "Make sure you use the full extension ID, including the publisher, e.g.: ms-dotnettools.csharp",
    ),
    (
        "microsoft/vscode src/vs/platform/extensionManagement/common/extensionManagementCLI.ts",
        "Failed Installing Extensions: dbaeumer.vscode-eslint",
    ),
    (
        "microsoft/vscode src/vs/platform/extensionManagement/common/extensionManagementCLI.ts",
        "No extension to update",
    ),
    (
        "microsoft/vscode src/vs/platform/extensionManagement/common/extensionManagementCLI.ts",
        "Extension 'rust-lang.rust-analyzer' v0.3.1850 is already installed. Use '--force' option to update to latest version or provide '@<version>' to install a specific version, for example: 'rust-lang.rust-analyzer@1.2.3'.",
    ),
    (
        "microsoft/vscode src/vs/platform/extensionManagement/common/extensionManagementCLI.ts",
        "Extension 'vscode.git' is a Built-in extension and cannot be uninstalled",
    ),
    (
        "microsoft/vscode src/vs/platform/extensionManagement/common/extensionManagementCLI.ts",
        "Invalid category please enter a valid category. To list valid categories run --category without a category specified",
    ),
    (
        "microsoft/vscode src/vs/platform/extensionManagement/common/extensionManagementCLI.ts",
        "Invalid vsix",
    ),
    (
        "microsoft/vscode src/vs/workbench/services/extensions/common/abstractExtensionService.ts",
        "Unknown extension ms-vscode.hexeditor",
    ),
    (
        "microsoft/vscode src/vs/workbench/services/extensions/common/abstractExtensionService.ts",
        "Extension 'ms-python.python cannot use PROPOSED API (must started out of dev or enabled via --enable-proposed-api)",
    ),
]

# Batch G: microsoft/vscode-copilot-chat, sourcegraph/cody, lmstudio-ai/lmstudio-js,
# googleapis/python-genai, mistralai/client-python, cohere-ai/cohere-python,
# groq/groq-python, huggingface/transformers, pytorch/pytorch, langchain-ai/langchain,
# microsoft/TypeScript, rust-lang/cargo, denoland/deno, vitejs/vite, webpack/webpack,
# docker/cli.
BATCH_G: Final[list[tuple[str, str]]] = [
    (
        "microsoft/vscode-copilot-chat src/platform/chat/common/commonTypes.ts",
        "Sorry, you have exceeded the agent mode rate limit. Please switch to ask mode and try again in 45 seconds. [Learn More](https://aka.ms/github-copilot-rate-limit-error)",
    ),
    (
        "microsoft/vscode-copilot-chat src/platform/chat/common/commonTypes.ts",
        "Sorry, the upstream model provider is currently experiencing high demand. Please try again in 30 seconds or consider switching to Auto. [Learn More](https://aka.ms/github-copilot-rate-limit-error)",
    ),
    (
        "microsoft/vscode-copilot-chat src/platform/chat/common/commonTypes.ts",
        "You've hit the rate limit for this model. Please try switching to Auto or try again in 12 minutes. [Learn More](https://aka.ms/github-copilot-rate-limit-error)",
    ),
    (
        "microsoft/vscode-copilot-chat src/platform/chat/common/commonTypes.ts",
        "Sorry, your request was rate-limited. Please wait a moment before trying again. [Learn More](https://aka.ms/github-copilot-rate-limit-error)",
    ),
    (
        "microsoft/vscode-copilot-chat src/platform/chat/common/commonTypes.ts",
        "You've exhausted your premium model quota. Please enable additional paid premium requests or wait for your allowance to renew.",
    ),
    (
        "microsoft/vscode-copilot-chat src/platform/chat/common/commonTypes.ts",
        "Sorry, the response hit the length limit. Please rephrase your prompt.",
    ),
    (
        "microsoft/vscode-copilot-chat src/platform/chat/common/commonTypes.ts",
        "Sorry, the response matched public code so it was blocked. Please rephrase your prompt.",
    ),
    (
        "microsoft/vscode-copilot-chat src/platform/chat/common/commonTypes.ts",
        "Sorry, your prompt was filtered by the Responsible AI Service. Please rephrase your prompt and try again.",
    ),
    (
        "microsoft/vscode-copilot-chat src/platform/chat/common/commonTypes.ts",
        "Your chat session state is invalid, please start a new chat.",
    ),
    (
        "microsoft/vscode-copilot-chat src/platform/endpoint/node/chatEndpoint.ts",
        "Too many images in request: 25 images provided, but the model supports a maximum of 20 images.",
    ),
    (
        "microsoft/vscode-copilot-chat src/extension/mcp/vscode-node/commands.ts",
        "Package @modelcontextprotocol/server-filesystem not found in npm registry",
    ),
    (
        "microsoft/vscode-copilot-chat src/extension/mcp/vscode-node/nuget.ts",
        "The installed .NET SDK must be version 10 or newer. Found 8.0.404.",
    ),
    (
        "microsoft/vscode-copilot-chat src/extension/chatSessions/vscode-node/copilotCloudSessionsProvider.ts",
        "Timed out waiting for cloud agent to begin work. Please try again shortly.",
    ),
    (
        "microsoft/vscode-copilot-chat src/extension/chatSessions/vscode-node/copilotCloudSessionsProvider.ts",
        "Cloud agent service encountered an internal error. Please try again later.",
    ),
    (
        "microsoft/vscode-copilot-chat src/extension/chatSessions/vscode-node/copilotCloudSessionsProvider.ts",
        "Repo base branch is not detected on remote. Push your branch and try again.",
    ),
    (
        "microsoft/vscode-copilot-chat src/extension/chatSessions/vscode-node/copilotCLIChatSessions.ts",
        "Merging changes is only supported for worktree-based sessions.",
    ),
    (
        "microsoft/vscode-copilot-chat src/platform/workspaceChunkSearch/node/workspaceChunkSearchService.ts",
        "Semantic search is not available for this workspace.",
    ),
    (
        "sourcegraph/cody vscode/src/commands/context/shell.ts",
        "Shell command is not supported in your current workspace.",
    ),
    (
        "sourcegraph/cody vscode/src/commands/execute/ask.ts",
        "This feature has been disabled by your Sourcegraph site admin.",
    ),
    (
        "sourcegraph/cody vscode/src/configuration.ts",
        "Error parsing cody.debug.filter regex - using default '*'",
    ),
    (
        "sourcegraph/cody vscode/src/edit/edit-manager.ts",
        "Please open a file before running a command.",
    ),
    (
        "sourcegraph/cody vscode/src/local-context/download-symf.ts",
        "No symf binary available for win32/aarch64",
    ),
    (
        "sourcegraph/cody vscode/src/commands/services/runner.ts",
        "Current file is ignored by a .cody/ignore file. Please remove it from the list and try again.",
    ),
    (
        "sourcegraph/cody vscode/src/commands/services/runner.ts",
        "No editor is active. Please open a file and try again.",
    ),
    (
        "sourcegraph/cody vscode/src/edit/smart-apply-manager.ts",
        "Unable to apply this change to the file. Please try applying this code manually",
    ),
    (
        "sourcegraph/cody vscode/src/chat/chat-view/ChatController.ts",
        "No model selected, and no default chat model is available",
    ),
    (
        "sourcegraph/cody vscode/src/chat/chat-view/prompt.ts",
        "Preamble length exceeded context window 7000",
    ),
    (
        "sourcegraph/cody lib/shared/src/sourcegraph-api/errors.ts",
        "You've used all of your autocompletions for the month.",
    ),
    (
        "sourcegraph/cody lib/shared/src/sourcegraph-api/errors.ts",
        "You've used all of your chat messages and commands for today.",
    ),
    ("sourcegraph/cody lib/shared/src/guardrails/client.ts", "Attribution search is turned off."),
    (
        "sourcegraph/cody lib/shared/src/llm-providers/anthropic/chat-client.ts",
        "Anthropic Client: No API key",
    ),
    (
        "sourcegraph/cody lib/shared/src/llm-providers/google/chat-client.ts",
        "API key must be provided to use Google Chat model gemini-1.5-pro",
    ),
    (
        "sourcegraph/cody lib/shared/src/models/modelsService.ts",
        "Model not found: claude-3-5-sonnet-20241022",
    ),
    (
        "lmstudio-ai/lmstudio-js packages/lms-client/src/LMStudioClient.ts",
        'Failed to construct LMStudioClient. The baseUrl passed in must have protocol "ws" or "wss". Received: http://127.0.0.1:1234',
    ),
    (
        "lmstudio-ai/lmstudio-js packages/lms-client/src/LMStudioClient.ts",
        'Failed to construct LMStudioClient. The baseUrl passed in must not end with a "/". If you are reverse-proxying, you should remove the trailing slash from the baseUrl. Received: ws://127.0.0.1:1234/',
    ),
    (
        "lmstudio-ai/lmstudio-js packages/lms-client/src/LMStudioClient.ts",
        'Failed to construct LMStudioClient. The baseUrl passed contains search parameters ("?port=1234").',
    ),
    (
        "lmstudio-ai/lmstudio-js packages/lms-client/src/Chat.ts",
        "Tried to pop from an empty history.",
    ),
    (
        "lmstudio-ai/lmstudio-js packages/lms-client/src/Chat.ts",
        "Tried to access the message at index 5, but the history only has 3 messages.",
    ),
    (
        "lmstudio-ai/lmstudio-js packages/lms-client/src/Chat.ts",
        "Unsupported role for append() API with [role, content] parameters: tool. Supported roles are 'user', 'system', and 'assistant'.",
    ),
    (
        "lmstudio-ai/lmstudio-js packages/lms-client/src/friendlyErrorDeserializer.ts",
        'Cannot find a model with identifier "llama3.1:8b"',
    ),
    (
        "lmstudio-ai/lmstudio-js packages/lms-client/src/friendlyErrorDeserializer.ts",
        "No loaded model satisfies all requirements specified in the query.",
    ),
    (
        "lmstudio-ai/lmstudio-js packages/lms-client/src/llm/LLMDynamicHandle.ts",
        "Tools are not supported in model.complete(). Use model.respond() or model.act() for tool use.",
    ),
    (
        "lmstudio-ai/lmstudio-js packages/lms-client/src/llm/LLMDynamicHandle.ts",
        "Reasoning budgets are not supported in model.complete(). Use model.respond() or model.act().",
    ),
    (
        "lmstudio-ai/lmstudio-js packages/lms-client/src/llm/LLMDynamicHandle.ts",
        "Structured output is currently not supported in .act() when there are tools.",
    ),
    (
        "lmstudio-ai/lmstudio-js packages/lms-client/src/llm/LLMDynamicHandle.ts",
        "`rawTools` is not supported in act. Use `tools` instead",
    ),
    (
        "lmstudio-ai/lmstudio-js packages/lms-client/src/llm/LLMGeneratorHandle.ts",
        "Cannot use working directory with prediction process",
    ),
    (
        "lmstudio-ai/lmstudio-js packages/lms-client/src/files/FilesNamespace.ts",
        'Your current JavaScript environment does not support reading files. If you can read the file using other methods, please use "prepareImageBase64".',
    ),
    (
        "lmstudio-ai/lmstudio-js packages/lms-client/src/modelShared/ModelNamespace.ts",
        'Verbose logging is enabled. To hide progress logs, set the "verbose" option to false in client.llm.load.',
    ),
    (
        "lmstudio-ai/lmstudio-js packages/lms-client/src/modelShared/ModelNamespace.ts",
        "Successfully loaded model qwen2.5-7b-instruct in 4210ms",
    ),
    (
        "lmstudio-ai/lmstudio-js packages/lms-client/src/modelShared/ModelNamespace.ts",
        "The identifier option is not allowed when using `.model`.",
    ),
    (
        "lmstudio-ai/lmstudio-js packages/lms-client/src/repository/ArtifactDownloadPlanner.ts",
        "You can only call `download` once for each planner.",
    ),
    (
        "googleapis/python-genai google/genai/_api_client.py",
        "Both GOOGLE_API_KEY and GEMINI_API_KEY are set. Using GOOGLE_API_KEY.",
    ),
    (
        "googleapis/python-genai google/genai/_api_client.py",
        "Credentials and API key are mutually exclusive in the client initializer.",
    ),
    (
        "googleapis/python-genai google/genai/_api_client.py",
        "Ephemeral tokens can only be used with the live API.",
    ),
    (
        "googleapis/python-genai google/genai/_extra_utils.py",
        "MCP tools are not supported in synchronous methods.",
    ),
    (
        "googleapis/python-genai google/genai/_extra_utils.py",
        "max_remote_calls in automatic_function_calling_config 0 is less than or equal to 0. Disabling automatic function calling. Please set max_remote_calls to a positive integer.",
    ),
    (
        "googleapis/python-genai google/genai/_transformers.py",
        "Non-text part found, only returning text parts.",
    ),
    (
        "googleapis/python-genai google/genai/_transformers.py",
        "multi_speaker_voice_config is not supported in the live API.",
    ),
    (
        "googleapis/python-genai google/genai/batches.py",
        "file_name parameter is only supported in Gemini Developer API mode, not in Gemini Enterprise Agent Platform mode.",
    ),
    (
        "googleapis/python-genai google/genai/batches.py",
        "labels parameter is only supported in Gemini Enterprise Agent Platform mode, not in Gemini Developer API mode.",
    ),
    ("googleapis/python-genai google/genai/chats.py", "Role must be user or model, but got system"),
    (
        "googleapis/python-genai google/genai/chats.py",
        "MCP sessions are not supported in synchronous methods.",
    ),
    (
        "googleapis/python-genai google/genai/_gaos/interactions.py",
        "Cannot supply both 'model' and 'agent'.",
    ),
    (
        "googleapis/python-genai google/genai/live.py",
        "The SDK's ephemeral token support is experimental, and may change in future versions.",
    ),
    (
        "mistralai/client-python src/mistralai/extra/run/context.py",
        "Only one for model or agent_id should be set",
    ),
    (
        "mistralai/client-python src/mistralai/extra/run/context.py",
        "Can't prepare a model request, if no model is provided",
    ),
    (
        "mistralai/client-python src/mistralai/extra/run/context.py",
        "No response format exist for the current RunContext.",
    ),
    (
        "mistralai/client-python src/mistralai/extra/run/context.py",
        "Can't set tools or completion_args when using an agent",
    ),
    (
        "mistralai/client-python src/mistralai/extra/run/context.py",
        "Either agent_id or model must be set in the run context",
    ),
    (
        "mistralai/client-python src/mistralai/extra/run/context.py",
        "Only object of type function can be registered at the moment.",
    ),
    (
        "mistralai/client-python src/mistralai/extra/mcp/sse.py",
        "Can't fetch a token without oauth_params, make sure they have been set.",
    ),
    (
        "mistralai/client-python src/mistralai/extra/mcp/sse.py",
        "Can't refresh a token without a refresh token, use the `set_auth_token` to add a OAuth2Token.",
    ),
    (
        "mistralai/client-python src/mistralai/extra/mcp/sse.py",
        "Authentication required but no auth params provided.",
    ),
    (
        "mistralai/client-python src/mistralai/extra/mcp/base.py",
        "Only supporting text tool responses for now.",
    ),
    (
        "mistralai/client-python src/mistralai/extra/realtime/connection.py",
        "The `websockets` package (>=13.0) is required for real-time transcription. Install with: pip install 'mistralai[realtime]'",
    ),
    (
        "mistralai/client-python src/mistralai/extra/realtime/connection.py",
        "At least one session field must be provided",
    ),
    (
        "mistralai/client-python src/mistralai/extra/realtime/transcription.py",
        "Timeout waiting for session creation.",
    ),
    (
        "mistralai/client-python src/mistralai/client/workflows.py",
        "Workflow is still running after 30 polling attempts",
    ),
    (
        "mistralai/client-python src/mistralai/extra/workflows/encoding/storage/blob_storage.py",
        "bucket_name is required for S3 blob storage",
    ),
    (
        "mistralai/client-python src/mistralai/extra/workflows/encoding/payload_encoder.py",
        "Payload offloading is not enabled but an offloaded payload was received",
    ),
    (
        "mistralai/client-python packages/gcp/src/mistralai/gcp/client/sdk.py",
        "project_id must be provided or available from default credentials",
    ),
    (
        "mistralai/client-python src/mistralai/extra/workflows/encoding/storage/_azure.py",
        "Either azure_connection_string or azure_storage_account_url must be provided",
    ),
    (
        "cohere-ai/cohere-python src/cohere/client.py",
        "Since python sdk cohere==5.0.0, you must now use chat_stream(...) instead of chat(stream=True, ...)",
    ),
    (
        "cohere-ai/cohere-python src/cohere/client.py",
        "Since python sdk cohere==5.0.0, the function create_dataset(...) has been moved to .datasets.create(...). Please update your code. Issues may be filed in https://github.com/cohere-ai/cohere-python/issues.",
    ),
    (
        "cohere-ai/cohere-python src/cohere/client.py",
        "Since python sdk cohere==5.0.0, the function batch_generate(...) has been deprecated. Please update your code. Issues may be filed in https://github.com/cohere-ai/cohere-python/issues.",
    ),
    (
        "cohere-ai/cohere-python src/cohere/client.py",
        "The `response_format.schema` parameter is an experimental feature and may change in future releases.\nTo suppress this warning, set `log_warning_experimental_features=False` when initializing the client.",
    ),
    (
        "cohere-ai/cohere-python src/cohere/base_client.py",
        "The client must be instantiated be either passing in token or setting CO_API_KEY",
    ),
    (
        "cohere-ai/cohere-python src/cohere/bedrock_client.py",
        "Please use cohere.BedrockClientV2 instead: Rerank API on Bedrock is not supported with cohere.BedrockClient for this model.",
    ),
    (
        "cohere-ai/cohere-python src/cohere/manually_maintained/cohere_aws/client.py",
        "No endpoint connected. Run connect_to_endpoint() first.",
    ),
    (
        "groq/groq-python src/groq/_client.py",
        "The api_key client option must be set either by passing api_key to the client or by setting the GROQ_API_KEY environment variable",
    ),
    (
        "groq/groq-python src/groq/_base_client.py",
        "Retrying request to /openai/v1/chat/completions in 0.452000 seconds",
    ),
    (
        "groq/groq-python src/groq/_response.py",
        "Expected Content-Type response header to be `application/json` but received `text/html` instead.",
    ),
    (
        "groq/groq-python src/groq/_response.py",
        "Pydantic models must subclass our base model type, e.g. `from groq import BaseModel`",
    ),
    (
        "groq/groq-python src/groq/resources/batches.py",
        "Expected a non-empty value for `batch_id` but received ''",
    ),
    (
        "huggingface/transformers src/transformers/utils/hub.py",
        "meta-llama/Llama-3.1-8B-Instruc is not a local folder and is not a valid model identifier listed on 'https://huggingface.co/models'\nIf this is a private repository, make sure to pass a token having permission to this repo either by logging in with `hf auth login` or by passing `token=<your_token>`",
    ),
    (
        "huggingface/transformers src/transformers/utils/hub.py",
        "We couldn't connect to 'https://huggingface.co' to load the files, and couldn't find them in the cached files.\nCheck your internet connection or see how to run the library in offline mode at 'https://huggingface.co/docs/transformers/installation#offline-mode'.",
    ),
    (
        "huggingface/transformers src/transformers/models/auto/configuration_auto.py",
        "Unrecognized model in Qwen/Qwen2.5-7B-Instruct. Should have a `model_type` key in its config.json.",
    ),
    (
        "huggingface/transformers src/transformers/modeling_utils.py",
        "`torch_dtype` is deprecated! Use `dtype` instead!",
    ),
    (
        "huggingface/transformers src/transformers/modeling_utils.py",
        "FlashAttention2 has been toggled on, but it cannot be used due to the following error: the package for FlashAttention2 doesn't seem to be installed.",
    ),
    (
        "huggingface/transformers src/transformers/modeling_utils.py",
        "You do not have `flash_attn` installed, using `kernels-community/flash-attn2` from the `kernels` library instead!",
    ),
    (
        "huggingface/transformers src/transformers/modeling_utils.py",
        "accelerate is required when loading a GGUF file `pip install accelerate`.",
    ),
    (
        "huggingface/transformers src/transformers/modeling_utils.py",
        "You need to install `pip install bitsandbytes>=0.48.0` if you want to move a 8-bit model across devices using to().",
    ),
    (
        "huggingface/transformers src/transformers/generation/utils.py",
        "The attention mask and the pad token id were not set, with a batched input. As a consequence, you may observe unexpected behavior. Please pass your input's `attention_mask` to obtain reliable results.",
    ),
    (
        "huggingface/transformers src/transformers/generation/utils.py",
        "A decoder-only architecture is being used, but right-padding was detected! For correct generation results, please set `padding_side='left'` when initializing the tokenizer.",
    ),
    (
        "huggingface/transformers src/transformers/generation/utils.py",
        "Using the model-agnostic default `max_length` (=20) to control the generation length. We recommend setting `max_new_tokens` to control the maximum length of the generation.",
    ),
    (
        "huggingface/transformers src/transformers/generation/utils.py",
        "Both `max_new_tokens` (=256) and `max_length`(=20) seem to have been set. `max_new_tokens` will take precedence. Please refer to the documentation for more information. (https://huggingface.co/docs/transformers/main/en/main_classes/text_generation)",
    ),
    (
        "huggingface/transformers src/transformers/generation/utils.py",
        "`streamer` cannot be used with beam search (yet!). Make sure that `num_beams` is set to 1.",
    ),
    (
        "huggingface/transformers src/transformers/generation/utils.py",
        "Generation config file not found, using a generation config created from the model config.",
    ),
    (
        "huggingface/transformers src/transformers/tokenization_utils_base.py",
        "Asking to pad but the tokenizer does not have a padding token. Please select a token to use as `pad_token` `(tokenizer.pad_token = tokenizer.eos_token e.g.)` or add a new pad token via `tokenizer.add_special_tokens({'pad_token': '[PAD]'})`.",
    ),
    (
        "huggingface/transformers src/transformers/tokenization_utils_base.py",
        "Token indices sequence length is longer than the specified maximum sequence length for this model (1024 > 512). Running this sequence through the model will result in indexing errors",
    ),
    (
        "huggingface/transformers src/transformers/tokenization_utils_base.py",
        "Cannot apply chat template to an empty conversation. Provide at least one message.",
    ),
    (
        "huggingface/transformers src/transformers/pipelines/base.py",
        'xpu is not available, you should use device="cpu" instead',
    ),
    (
        "huggingface/transformers src/transformers/pipelines/base.py",
        "The model has been loaded with `accelerate` and therefore cannot be moved to a specific device. Please discard the `device` argument when creating your pipeline object.",
    ),
    (
        "pytorch/pytorch c10/cuda/CUDACachingAllocator.cpp",
        "CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of 23.65 GiB of which 1.12 GiB is free. Of the allocated memory 21.87 GiB is allocated by PyTorch, and 198.45 MiB is reserved by PyTorch but unallocated.",
    ),
    (
        "pytorch/pytorch c10/cuda/CUDACachingAllocator.cpp",
        "CUDA out of memory. Tried to allocate 64.00 MiB. GPU 1 has a total capacity of 7.79 GiB of which 12.31 MiB is free. Of the allocated memory 6.91 GiB is allocated by PyTorch, and 403.22 MiB is reserved by PyTorch but unallocated.",
    ),
    (
        "pytorch/pytorch aten/src/ATen/TensorIterator.cpp",
        "Expected all tensors to be on the same device, but found at least two devices, mps:0 and cpu!",
    ),
    (
        "pytorch/pytorch aten/src/ATen/core/op_registration/adaption.cpp",
        "Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu! (when checking argument for argument mat2 in method wrapper_CUDA_mm)",
    ),
    (
        "pytorch/pytorch c10/cuda/CUDAFunctions.cpp",
        "Found no NVIDIA driver on your system. Please check that you have an NVIDIA GPU and installed a driver from http://www.nvidia.com/Download/index.aspx",
    ),
    (
        "pytorch/pytorch c10/cuda/CUDAFunctions.cpp",
        "CUDA driver initialization failed, you might not have a CUDA gpu.",
    ),
    (
        "pytorch/pytorch c10/cuda/CUDAFunctions.cpp",
        "CUDA unknown error - this may be due to an incorrectly set up environment, e.g. changing env variable CUDA_VISIBLE_DEVICES after program start. Setting the available devices to be zero.",
    ),
    ("pytorch/pytorch c10/cuda/CUDAFunctions.cpp", "No CUDA GPUs are available"),
    (
        "pytorch/pytorch c10/cuda/CUDAFunctions.cpp",
        "CUDA initialization: Found no NVIDIA driver on your system. Please check that you have an NVIDIA GPU and installed a driver from http://www.nvidia.com/Download/index.aspx",
    ),
    ("pytorch/pytorch c10/cuda/CUDAFunctions.cpp", "called a synchronizing CUDA operation"),
    (
        "pytorch/pytorch torch/cuda/__init__.py",
        "Cannot re-initialize CUDA in forked subprocess. To use CUDA with multiprocessing, you must use the 'spawn' start method",
    ),
    ("pytorch/pytorch torch/cuda/__init__.py", "Invalid device id"),
    (
        "pytorch/pytorch torch/cuda/__init__.py",
        "libcudart functions unavailable. It looks like you have a broken build?",
    ),
    (
        "pytorch/pytorch c10/cuda/CUDAException.cpp",
        "CUDA error: invalid device ordinal\nGPU device may be out of range, do you have enough GPUs?",
    ),
    (
        "pytorch/pytorch c10/cuda/CUDAException.cpp",
        "CUDA error: device-side assert triggered\nSearch for `cudaErrorAssert' in https://docs.nvidia.com/cuda/cuda-runtime-api/group__CUDART__TYPES.html for more information.",
    ),
    ("pytorch/pytorch torch/serialization.py", "Invalid magic number; corrupt file?"),
    (
        "pytorch/pytorch torch/serialization.py",
        "Cannot save multiple tensors or storages that view the same data as different types",
    ),
    (
        "langchain-ai/langchain libs/core/langchain_core/language_models/chat_models.py",
        "No generation chunks were returned",
    ),
    (
        "langchain-ai/langchain libs/core/langchain_core/language_models/chat_models.py",
        "Asked to cache, but no cache found at `langchain.cache`.",
    ),
    (
        "langchain-ai/langchain libs/core/langchain_core/language_models/base.py",
        "Using fallback GPT-2 tokenizer for token counting. Token counts may be inaccurate for non-GPT-2 models. For accurate counts, use a model-specific method if available.",
    ),
    (
        "langchain-ai/langchain libs/core/langchain_core/language_models/base.py",
        "Counting tokens in tool schemas is not yet supported. Ignoring tools.",
    ),
    (
        "langchain-ai/langchain libs/core/langchain_core/utils/env.py",
        "Did not find openai_api_key, please add an environment variable `OPENAI_API_KEY` which contains it, or pass `openai_api_key` as a named parameter.",
    ),
    (
        "langchain-ai/langchain libs/core/langchain_core/output_parsers/openai_tools.py",
        "This output parser can only be used with a chat generation.",
    ),
    (
        "langchain-ai/langchain libs/core/langchain_core/runnables/passthrough.py",
        "The input to RunnablePassthrough.assign() must be a dict.",
    ),
    (
        "langchain-ai/langchain libs/core/langchain_core/runnables/branch.py",
        "RunnableBranch requires at least two branches",
    ),
    (
        "langchain-ai/langchain libs/core/langchain_core/runnables/router.py",
        "No runnable associated with key 'summarize'",
    ),
    (
        "langchain-ai/langchain libs/core/langchain_core/runnables/graph_mermaid.py",
        "Install the `requests` module to use the Mermaid.INK API: `pip install requests`.",
    ),
    (
        "langchain-ai/langchain libs/core/langchain_core/vectorstores/base.py",
        "search_type of hybrid not allowed. Expected search_type to be 'similarity', 'similarity_score_threshold' or 'mmr'.",
    ),
    (
        "langchain-ai/langchain libs/core/langchain_core/vectorstores/utils.py",
        "maximal_marginal_relevance requires numpy to be installed. Please install numpy with `pip install numpy`.",
    ),
    (
        "langchain-ai/langchain libs/core/langchain_core/messages/tool.py",
        "Cannot concatenate ToolMessageChunks with different names.",
    ),
    (
        "langchain-ai/langchain libs/core/langchain_core/exceptions.py",
        "Model refused to produce the requested output",
    ),
    (
        "langchain-ai/langchain libs/core/langchain_core/callbacks/manager.py",
        "Tracing using LangChainTracerV1 is no longer supported. Please set the LANGCHAIN_TRACING_V2 environment variable to enable tracing instead.",
    ),
    (
        "langchain-ai/langchain libs/core/langchain_core/prompts/loading.py",
        "No `_type` key found, defaulting to `prompt`.",
    ),
    (
        "langchain-ai/langchain libs/langchain_v1/langchain/chat_models/base.py",
        "Initializing ChatAnthropic requires the langchain-anthropic package. Please install it with `pip install langchain-anthropic`",
    ),
    (
        "langchain-ai/langchain libs/langchain_v1/langchain/agents/middleware/summarization.py",
        "messages_to_keep is deprecated. Use keep=('messages', value) instead.",
    ),
    (
        "langchain-ai/langchain libs/langchain_v1/langchain/agents/middleware/tool_retry.py",
        "on_failure='return_message' is deprecated and will be removed in a future version. Use on_failure='continue' instead.",
    ),
    ("microsoft/TypeScript src/compiler/diagnosticMessages.json", "Cannot find name 'process'."),
    (
        "microsoft/TypeScript src/compiler/diagnosticMessages.json",
        "Module '\"react\"' has no exported member 'useActionState'.",
    ),
    (
        "microsoft/TypeScript src/compiler/diagnosticMessages.json",
        "Cannot find module 'lodash' or its corresponding type declarations.",
    ),
    (
        "microsoft/TypeScript src/compiler/diagnosticMessages.json",
        "Type 'string' is not assignable to type 'number'.",
    ),
    (
        "microsoft/TypeScript src/compiler/diagnosticMessages.json",
        "Property 'data' does not exist on type 'Response'.",
    ),
    (
        "microsoft/TypeScript src/compiler/diagnosticMessages.json",
        "Argument of type 'string | undefined' is not assignable to parameter of type 'string'.",
    ),
    (
        "microsoft/TypeScript src/compiler/diagnosticMessages.json",
        "Object literal may only specify known properties, and 'timeout' does not exist in type 'RequestInit'.",
    ),
    (
        "microsoft/TypeScript src/compiler/diagnosticMessages.json",
        "Conversion of type 'string' to type 'number' may be a mistake because neither type sufficiently overlaps with the other. If this was intentional, convert the expression to 'unknown' first.",
    ),
    (
        "microsoft/TypeScript src/compiler/diagnosticMessages.json",
        "A function whose declared type is neither 'void' nor 'any' must return a value.",
    ),
    (
        "microsoft/TypeScript src/compiler/diagnosticMessages.json",
        "Generic type 'Map' requires 2 type argument(s).",
    ),
    (
        "microsoft/TypeScript src/compiler/diagnosticMessages.json",
        "Property 'id' is private and only accessible within class 'Session'.",
    ),
    (
        "microsoft/TypeScript src/compiler/diagnosticMessages.json",
        "'for await' loops are only allowed within async functions and at the top levels of modules.",
    ),
    (
        "microsoft/TypeScript src/compiler/diagnosticMessages.json",
        "A required parameter cannot follow an optional parameter.",
    ),
    (
        "microsoft/TypeScript src/compiler/diagnosticMessages.json",
        "'const' declarations must be initialized.",
    ),
    (
        "microsoft/TypeScript src/compiler/diagnosticMessages.json",
        "Unknown keyword or identifier. Did you mean 'interface'?",
    ),
    (
        "microsoft/TypeScript src/compiler/diagnosticMessages.json",
        "This member must have an 'override' modifier because it overrides a member in the base class 'Component'.",
    ),
    (
        "microsoft/TypeScript src/compiler/diagnosticMessages.json",
        "Property 'env' comes from an index signature, so it must be accessed with ['env'].",
    ),
    (
        "microsoft/TypeScript src/compiler/diagnosticMessages.json",
        "Top-level declarations in .d.ts files must start with either a 'declare' or 'export' modifier.",
    ),
    (
        "microsoft/TypeScript src/compiler/diagnosticMessages.json",
        "The type 'readonly string[]' is 'readonly' and cannot be assigned to the mutable type 'string[]'.",
    ),
    (
        "rust-lang/cargo src/resolver/dep_cache.rs",
        "package `serde v1.0.210` does not have the feature `derives`",
    ),
    (
        "rust-lang/cargo src/resolver/dep_cache.rs",
        "cyclic feature dependency: feature `full` depends on itself",
    ),
    (
        "rust-lang/cargo src/ops/cargo_new.rs",
        'cannot auto-detect package name from path "." ; use --name to override',
    ),
    (
        "rust-lang/cargo src/workspace/parser/mod.rs",
        "virtual manifests must be configured with [workspace]",
    ),
    (
        "rust-lang/cargo src/workspace/parser/mod.rs",
        "package specifies that it links to `z` but does not have a custom build script",
    ),
    (
        "rust-lang/cargo src/ops/cargo_doc.rs",
        "cannot open specified crate's documentation: no documentation generated",
    ),
    (
        "rust-lang/cargo src/ops/cargo_add/mod.rs",
        "the crate `tokio-utils` could not be found in registry index.",
    ),
    (
        "rust-lang/cargo src/ops/cargo_add/mod.rs",
        "cannot add `serde_json` as a dependency to itself",
    ),
    (
        "rust-lang/cargo src/workspace/profiles.rs",
        "profile `bench-fast` inherits from `fast`, but that profile is not defined",
    ),
    (
        "rust-lang/cargo src/ops/cargo_run.rs",
        "example target `common` is a library and cannot be executed",
    ),
    (
        "rust-lang/cargo src/ops/cargo_metadata.rs",
        "metadata version 2 not supported, only 1 is currently supported",
    ),
    (
        "rust-lang/cargo src/compiler/build_config.rs",
        "could not parse `max`. Number of parallel jobs should be `default` or a number.",
    ),
    (
        "rust-lang/cargo src/workspace/summary.rs",
        "dev-dependencies are not allowed to be optional: `criterion`",
    ),
    (
        "rust-lang/cargo src/workspace/features.rs",
        "the cargo feature `edition2024` has already been activated",
    ),
    (
        "rust-lang/cargo src/util/command_prelude.rs",
        "profile `doc` is reserved and not allowed to be explicitly specified",
    ),
    (
        "rust-lang/cargo src/bin/cargo/commands/add.rs",
        "no packages selected to modify.  Please specify one with `-p <PKGID>`",
    ),
    (
        "rust-lang/cargo src/bin/cargo/commands/run.rs",
        "`cargo run` does not support glob pattern `app-*` on package selection",
    ),
    (
        "rust-lang/cargo src/context/mod.rs",
        "registry.token cannot be set through --config for security reasons",
    ),
    (
        "rust-lang/cargo src/resolver/types.rs",
        '`resolver` setting `4` is not valid, valid options are "1", "2" or "3"',
    ),
    (
        "denoland/deno runtime/permissions/lib.rs",
        'Requires net access to "api.openai.com:443", run again with the --allow-net flag',
    ),
    (
        "denoland/deno runtime/permissions/lib.rs",
        'Requires env access to "OPENAI_API_KEY", run again with the --allow-env flag',
    ),
    (
        "denoland/deno runtime/permissions/lib.rs",
        'Requires net access to "localhost:11434", specify the required permissions during compilation using `deno compile --allow-net`',
    ),
    ("denoland/deno cli/tools/pack/mod.rs", "No deno.json found in current directory"),
    (
        "denoland/deno cli/tools/bump_version.rs",
        "No deno.json or package.json found in the current directory",
    ),
    ("denoland/deno cli/tools/lint/mod.rs", "Lint watch on standard input is not supported."),
    ("denoland/deno cli/tools/coverage/mod.rs", "No matching coverage profiles found"),
    ("denoland/deno cli/tools/coverage/mod.rs", "No covered files included in the report"),
    (
        "denoland/deno libs/dcore/src/main.rs",
        "equal sign is needed when assigning values to '--v8-flags'",
    ),
    (
        "denoland/deno cli/tools/pm/approve_scripts.rs",
        "Only npm packages are supported: jsr:@std/path",
    ),
    (
        "denoland/deno cli/tools/publish/auth.rs",
        "No means to authenticate. Pass a token to `--token`, or enable tokenless publishing from GitHub Actions using OIDC. Learn more at https://deno.co/ghoidc",
    ),
    (
        "denoland/deno cli/tools/publish/provenance.rs",
        "Automatic provenance is only available in GitHub Actions",
    ),
    ("denoland/deno cli/args/mod.rs", "Missing 'name' field in config file."),
    ("denoland/deno cli/tools/pm/why.rs", "package 'left-pad' not found in the dependency tree"),
    (
        "denoland/deno libs/resolver/factory.rs",
        'Linking npm packages requires using a node_modules directory. Ensure you have a package.json or set the "nodeModulesDir" option to "auto" or "manual" in your workspace root deno.json.',
    ),
    (
        "denoland/deno cli/tools/pm/approve_scripts.rs",
        "Tags are not supported in the allowScripts field: npm:esbuild@latest",
    ),
    (
        "denoland/deno libs/npm_cache/tarball.rs",
        "Could not find npm package tarball at: https://registry.npmjs.org/chalk/-/chalk-5.3.0.tgz",
    ),
    ("denoland/deno ext/crypto/subtle_decrypt.rs", "Algorithm requires a parameter dictionary"),
    ("denoland/deno cli/tools/publish/provenance.rs", "GITHUB_SHA environment variable is not set"),
    (
        "vitejs/vite packages/vite/src/node/http.ts",
        "Server responded with status code 431. See https://vite.dev/guide/troubleshooting.html#_431-request-header-fields-too-large.",
    ),
    (
        "vitejs/vite packages/vite/src/node/http.ts",
        "Port 5173 is in use on a wildcard address, but localhost:5173 is available. There may be another server running on a wildcard IP on port 5173.",
    ),
    (
        "vitejs/vite packages/vite/src/node/cli.ts",
        "Vite requires Node.js version 20.19+ or 22.12+. Please upgrade your Node.js version.",
    ),
    (
        "vitejs/vite packages/vite/src/node/plugins/css.ts",
        'Preprocessor dependency "sass-embedded" not found. Did you install it? Try `npm install -D sass-embedded`.',
    ),
    (
        "vitejs/vite packages/vite/src/node/plugins/resolve.ts",
        'Failed to resolve entry for package "@acme/ui". The package may have incorrect main/module/exports specified in its package.json.',
    ),
    (
        "vitejs/vite packages/vite/src/node/plugins/terser.ts",
        "terser not found. Since Vite v3, terser has become an optional dependency. You need to install it.",
    ),
    (
        "vitejs/vite packages/vite/src/node/server/ws.ts",
        "WebSocket server error: Port 24678 is already in use",
    ),
    (
        "vitejs/vite packages/vite/src/node/config.ts",
        'The value passed to "base" option was malformed. It should be a valid URL.',
    ),
    (
        "vitejs/vite packages/vite/src/node/config.ts",
        "The `envFile` option is deprecated, please use `envDir: false` instead.",
    ),
    ("vitejs/vite packages/vite/src/node/http.ts", "Port 5173 is in use, trying another one..."),
    (
        "webpack/webpack lib/performance/NoAsyncChunksWarning.js",
        "webpack performance recommendations: \nYou can limit the size of your bundles by using import() or require.ensure to lazy load some parts of your application.\nFor more info visit https://webpack.js.org/guides/code-splitting/",
    ),
    (
        "webpack/webpack lib/errors/ConcurrentCompilationError.js",
        "You ran Webpack twice. Each instance only supports a single concurrent compilation at a time.",
    ),
    (
        "webpack/webpack lib/errors/BuildCycleError.js",
        "There is a circular build dependency, which makes it impossible to create this module",
    ),
    (
        "webpack/webpack lib/errors/EnvironmentNotSupportAsyncWarning.js",
        "The generated code contains 'async/await' because this module is using \"topLevelAwait\".\nAs a result, the code may not run as expected or may cause runtime errors.",
    ),
    (
        "webpack/webpack lib/Compilation.js",
        "Conflict: Multiple chunks emit assets to the same filename main.js (chunks 179 and 792)",
    ),
    (
        "webpack/webpack lib/Compilation.js",
        "Entrypoints 'app' and 'vendor' use 'dependOn' to depend on each other in a circular way.",
    ),
    (
        "webpack/webpack lib/WebpackOptionsApply.js",
        "'output.module: true' is only allowed when 'experiments.outputModule' is enabled",
    ),
    (
        "webpack/webpack lib/config/defaults.js",
        "Chunk format can't be selected by default when no target is specified",
    ),
    (
        "webpack/webpack lib/ExternalModule.js",
        "The target environment doesn't support 'import()' so it's not possible to use external type 'import'",
    ),
    (
        "webpack/webpack lib/DefinePlugin.js",
        "DefinePlugin\nConflicting values for 'process.env.NODE_ENV'",
    ),
    ("docker/cli cli/command/image/pull.go", "tag can't be used with --all-tags/-a"),
    ("docker/cli cli/compose/convert/volume.go", "volume options are incompatible with type bind"),
    ("docker/cli cli/command/context/remove.go", 'context "staging" does not exist'),
    (
        "docker/cli cli/command/container/run.go",
        "conflicting options: cannot specify both --attach and --detach",
    ),
    (
        "docker/cli cli/command/container/opts.go",
        "conflicting options: cannot specify both --mac-address and per-network MAC address",
    ),
    (
        "docker/cli cli/command/container/start.go",
        "you cannot start and attach multiple containers at once",
    ),
    (
        "docker/cli cli/command/service/scale.go",
        "scale can only be used with replicated or replicated-job mode",
    ),
    (
        "docker/cli cli-plugins/manager/cobra.go",
        "docker: unknown command: docker compse\n\nRun 'docker --help' for more information",
    ),
    ("docker/cli cmd/docker-trust/trust/revoke.go", "cannot use a digest reference for IMAGE:TAG"),
    (
        "docker/cli cli/command/image/build.go",
        'unable to prepare context: path "./docker" not found',
    ),
    (
        "docker/cli cli/command/stack/deploy_composefile.go",
        'network "backend" is declared as external, but could not be found. You need to create a swarm-scoped network before the stack is deployed',
    ),
    ("docker/cli cli/command/builder/prune.go", "builder prune has been cancelled"),
    ("docker/cli cli/command/container/opts.go", "invalid device cgroup format 'c 1:3'"),
    ("docker/cli cli/command/service/update.go", "service is already attached to network ingress"),
    (
        "docker/cli cli/command/registry/login.go",
        "WARNING! Using --password via the CLI is insecure. Use --password-stdin.",
    ),
]

# Batch H: ollama/ollama, google-gemini/gemini-cli, openai/codex, RooCodeInc/Roo-Code,
# All-Hands-AI/OpenHands, microsoft/vscode-python, microsoft/pyright, python/cpython,
# nodejs/undici, golang/go, astral-sh/uv, astral-sh/ruff, pnpm/pnpm, block/goose.
BATCH_H: Final[list[tuple[str, str]]] = [
    ("ollama/ollama api/types.go", 'option "num_ctx" must be of type integer'),
    (
        "ollama/ollama api/types.go",
        'invalid think value: "extreme" (must be "high", "medium", "low", "max", true, or false)',
    ),
    (
        "ollama/ollama cmd/cmd.go",
        "model selection requires an interactive terminal; use --model to run in headless mode",
    ),
    ("ollama/ollama cmd/cmd.go", "specified Modelfile wasn't found"),
    (
        "ollama/ollama cmd/cmd.go",
        "the ollama server must be updated to use `ollama create` with this client",
    ),
    ("ollama/ollama cmd/cmd.go", 'couldn\'t find model "llama3.1:8b" to stop'),
    (
        "ollama/ollama cmd/cmd.go",
        'invalid value for --think: "yes" (must be true, false, high, medium, low, or max)',
    ),
    (
        "ollama/ollama cmd/cmd.go",
        "you are not authorized to push to this namespace, create the model under a namespace you own",
    ),
    (
        "ollama/ollama cmd/cmd.go",
        "only one of '--license', '--modelfile', '--parameters', '--system', or '--template' can be specified",
    ),
    (
        "ollama/ollama cmd/launch/codex.go",
        "codex is not installed, install with: npm install -g @openai/codex",
    ),
    (
        "ollama/ollama cmd/launch/codex.go",
        "codex version 0.120.0 is too old, minimum required is 0.134.0, update with: npm update -g @openai/codex",
    ),
    (
        "ollama/ollama cmd/launch/account.go",
        "Could not verify Ollama plan. Try again in a moment or use a local model.",
    ),
    ("ollama/ollama server/create.go", "neither 'from' or 'files' was specified"),
    (
        "ollama/ollama server/create.go",
        "quantization is only supported for F16, BF16 and F32 models",
    ),
    ("ollama/ollama server/routes.go", '"nomic-embed-text:latest" does not support generate'),
    (
        "google-gemini/gemini-cli packages/cli/src/acp/acpSession.ts",
        'Tool "run_shell_command" was canceled by the user.',
    ),
    (
        "google-gemini/gemini-cli packages/cli/src/commands/extensions/update.ts",
        "Either an extension name or --all must be provided",
    ),
    (
        "google-gemini/gemini-cli packages/cli/src/commands/gemma/setup.ts",
        "Download failed: No response body",
    ),
    (
        "google-gemini/gemini-cli packages/cli/src/config/config.ts",
        "The --session-id option cannot be empty.",
    ),
    (
        "google-gemini/gemini-cli packages/cli/src/config/extension-manager.ts",
        "Extensions already loaded, only load extensions once.",
    ),
    (
        "google-gemini/gemini-cli packages/cli/src/config/extension-manager.ts",
        "System and SystemDefaults scopes are not supported.",
    ),
    (
        "google-gemini/gemini-cli packages/cli/src/config/extensions/github_fetch.ts",
        "Request failed with status code 404",
    ),
    (
        "google-gemini/gemini-cli packages/cli/src/config/extensions/update.ts",
        "Extension integrity cannot be verified",
    ),
    (
        "google-gemini/gemini-cli packages/cli/src/ui/commands/oncallCommand.tsx",
        "Flag --until requires a value (YYYY-MM-DD).",
    ),
    (
        "google-gemini/gemini-cli packages/cli/src/ui/commands/planCommand.ts",
        "No approved plan found to copy.",
    ),
    (
        "google-gemini/gemini-cli packages/cli/src/ui/hooks/usePrivacySettings.ts",
        "CodeAssist server is missing a project ID",
    ),
    ("google-gemini/gemini-cli packages/cli/src/utils/sandbox.ts", "Invalid sandbox image name"),
    (
        "google-gemini/gemini-cli packages/core/src/availability/policyCatalog.ts",
        "Model policy chain must include an `isLastResort` model.",
    ),
    (
        "google-gemini/gemini-cli packages/core/src/code_assist/oauth2.ts",
        'Invalid value for OAUTH_CALLBACK_PORT: "abc"',
    ),
    (
        "google-gemini/gemini-cli packages/core/src/code_assist/setup.ts",
        "LoadCodeAssist returned empty response",
    ),
    (
        "google-gemini/gemini-cli packages/core/src/core/baseLlmClient.ts",
        "Invalid JSON response format from LLM",
    ),
    (
        "google-gemini/gemini-cli packages/core/src/core/geminiChat.ts",
        "Role must be user or model, but got system.",
    ),
    (
        "google-gemini/gemini-cli packages/core/src/hooks/hookRunner.ts",
        "Hook timed out after 60000ms",
    ),
    (
        "google-gemini/gemini-cli packages/core/src/ide/ide-client.ts",
        "IDE client is not connected.",
    ),
    (
        "google-gemini/gemini-cli packages/core/src/config/config.ts",
        "Ripgrep is not available. Falling back to GrepTool.",
    ),
    (
        "openai/codex codex-rs/core/src/error.rs",
        "turn aborted. Something went wrong? Hit `/feedback` to report the issue.",
    ),
    (
        "openai/codex codex-rs/core/src/error.rs",
        "Codex ran out of room in the model's context window. Start a new conversation or clear earlier history before retrying.",
    ),
    (
        "openai/codex codex-rs/core/src/error.rs",
        "previous response id not found - will retry with full history",
    ),
    (
        "openai/codex codex-rs/core/src/error.rs",
        "encrypted reasoning content could not be verified - conversation may need to restart",
    ),
    ("openai/codex codex-rs/core/src/error.rs", "timeout waiting for child process to exit"),
    ("openai/codex codex-rs/core/src/error.rs", "spawn failed: child stdout/stderr not captured"),
    (
        "openai/codex codex-rs/core/src/error.rs",
        "interrupted (Ctrl-C). Something went wrong? Hit `/feedback` to report the issue.",
    ),
    (
        "openai/codex codex-rs/core/src/error.rs",
        "Quota exceeded. Check your plan and billing details.",
    ),
    (
        "openai/codex codex-rs/core/src/error.rs",
        "To use Codex with your ChatGPT plan, upgrade to Plus: https://openai.com/chatgpt/pricing.",
    ),
    (
        "openai/codex codex-rs/core/src/error.rs",
        "We're currently experiencing high demand, which may cause temporary errors.",
    ),
    ("openai/codex codex-rs/core/src/error.rs", "internal error; agent loop died unexpectedly"),
    (
        "openai/codex codex-rs/core/src/error.rs",
        "sandbox error: Landlock was not able to fully enforce all sandbox rules",
    ),
    (
        "openai/codex codex-rs/core/src/error.rs",
        "exceeded retry limit, last status: 429 Too Many Requests",
    ),
    ("openai/codex codex-rs/core/src/error.rs", "Missing environment variable: `OPENAI_API_KEY`."),
    (
        "openai/codex codex-rs/core/src/error.rs",
        "You've hit your usage limit. Upgrade to Plus to continue using Codex (https://openai.com/chatgpt/pricing).",
    ),
    ("openai/codex codex-rs/core/src/error.rs", "You've hit your usage limit. Try again later."),
    (
        "openai/codex codex-rs/cli/src/login.rs",
        "ChatGPT login is disabled. Use API key login instead.",
    ),
    (
        "openai/codex codex-rs/cli/src/login.rs",
        "--with-api-key expects the API key on stdin. Try piping it, e.g. `printenv OPENAI_API_KEY | codex login --with-api-key`.",
    ),
    ("openai/codex codex-rs/cli/src/login.rs", "No API key provided via stdin."),
    (
        "openai/codex codex-rs/cli/src/login.rs",
        "Device code login is not enabled; falling back to browser login.",
    ),
    (
        "RooCodeInc/Roo-Code src/i18n/locales/en/common.json",
        "Timed out when attempting to restore checkpoint.",
    ),
    (
        "RooCodeInc/Roo-Code src/i18n/locales/en/common.json",
        "Git is required for the checkpoints feature. Please install Git to enable checkpoints.",
    ),
    ("RooCodeInc/Roo-Code src/i18n/locales/en/common.json", "No previous checkpoint to compare."),
    ("RooCodeInc/Roo-Code src/i18n/locales/en/common.json", "Please open a project folder first"),
    (
        "RooCodeInc/Roo-Code src/i18n/locales/en/common.json",
        "Local development server is not running, HMR will not work. Please run 'npm run dev' before launching the extension to enable HMR.",
    ),
    (
        "RooCodeInc/Roo-Code src/i18n/locales/en/common.json",
        "Failed to run task: the current profile isn't compatible with your organization settings",
    ),
    (
        "RooCodeInc/Roo-Code src/i18n/locales/en/common.json",
        "Not enough messages to condense context",
    ),
    (
        "RooCodeInc/Roo-Code src/i18n/locales/en/common.json",
        "Context was condensed recently; skipping this attempt",
    ),
    (
        "RooCodeInc/Roo-Code src/i18n/locales/en/common.json",
        "The website address could not be found. Please check if the URL is correct and try again.",
    ),
    (
        "RooCodeInc/Roo-Code src/i18n/locales/en/common.json",
        "No internet connection. Please check your network connection and try again.",
    ),
    (
        "RooCodeInc/Roo-Code src/i18n/locales/en/common.json",
        "Command execution timed out after 30 seconds",
    ),
    (
        "RooCodeInc/Roo-Code src/i18n/locales/en/common.json",
        "Task sharing is not enabled for this organization.",
    ),
    (
        "RooCodeInc/Roo-Code src/i18n/locales/en/common.json",
        "Claude Code process exited with code 1.",
    ),
    (
        "RooCodeInc/Roo-Code src/i18n/locales/en/common.json",
        "API keys and subscription plans allow different models. Make sure the selected model is included in your plan.",
    ),
    (
        "RooCodeInc/Roo-Code src/i18n/locales/en/common.json",
        "(Thinking complete, but output was truncated due to token limit.)",
    ),
    (
        "RooCodeInc/Roo-Code src/i18n/locales/en/common.json",
        "Roo provider requires cloud authentication. Please sign in to Roo Code Cloud.",
    ),
    (
        "RooCodeInc/Roo-Code src/i18n/locales/en/common.json",
        "Access denied. Your ChatGPT subscription may not include Codex access.",
    ),
    ("RooCodeInc/Roo-Code src/i18n/locales/en/common.json", "Codex API error (503)"),
    ("RooCodeInc/Roo-Code src/i18n/locales/en/common.json", "API request failed (401)"),
    (
        "RooCodeInc/Roo-Code src/i18n/locales/en/common.json",
        "Invalid callback URL: missing required parameters (code and state)",
    ),
    ("All-Hands-AI/OpenHands openhands/core/exceptions.py", "Agent got stuck in a loop"),
    (
        "All-Hands-AI/OpenHands openhands/core/exceptions.py",
        "LLM did not return a response. This is only seen in Gemini models so far.",
    ),
    (
        "All-Hands-AI/OpenHands openhands/core/exceptions.py",
        "Conversation history longer than LLM context window limit. Consider turning on enable_history_truncation config to avoid this error",
    ),
    (
        "All-Hands-AI/OpenHands openhands/core/exceptions.py",
        "Browser environment is not available, please check if has been initialized",
    ),
    (
        "All-Hands-AI/OpenHands openhands/core/exceptions.py",
        "Failed to retrieve action from LLM response",
    ),
    (
        "All-Hands-AI/OpenHands openhands/core/config/mcp_config.py",
        "URL must include a scheme (http:// or https://)",
    ),
    (
        "All-Hands-AI/OpenHands openhands/core/config/mcp_config.py",
        "Timeout cannot exceed 3600 seconds",
    ),
    (
        "All-Hands-AI/OpenHands openhands/core/config/utils.py",
        "Error in [sandbox] section in config.toml",
    ),
    (
        "All-Hands-AI/OpenHands openhands/core/main.py",
        "No task provided. Please specify a task through -t, -f.",
    ),
    (
        "All-Hands-AI/OpenHands openhands/events/event_store_abc.py",
        "Limit must be between 1 and 100",
    ),
    ("All-Hands-AI/OpenHands openhands/io/json.py", "No valid JSON object found in response."),
    (
        "All-Hands-AI/OpenHands openhands/app_server/sandbox/process_sandbox_service.py",
        "Agent Server Failed to start properly",
    ),
    (
        "All-Hands-AI/OpenHands frontend/src/i18n/translation.json",
        "Error authenticating with the LLM provider. Please check your API key",
    ),
    (
        "All-Hands-AI/OpenHands frontend/src/i18n/translation.json",
        "The LLM provider is currently unavailable. Please try again later.",
    ),
    (
        "All-Hands-AI/OpenHands frontend/src/i18n/translation.json",
        "Content policy violation. The output was blocked by content filtering policy.",
    ),
    (
        "All-Hands-AI/OpenHands frontend/src/i18n/translation.json",
        "There was an error while connecting to the runtime. Please refresh the page.",
    ),
    (
        "All-Hands-AI/OpenHands frontend/src/i18n/translation.json",
        "Starting runtime... (this may take 1-2 minutes)",
    ),
    (
        "All-Hands-AI/OpenHands frontend/src/i18n/translation.json",
        "Pause button pressed. Agent is stopped. The action has not been executed.",
    ),
    (
        "All-Hands-AI/OpenHands frontend/src/i18n/translation.json",
        "Each stdio server must have name and command properties",
    ),
    (
        "All-Hands-AI/OpenHands frontend/src/i18n/translation.json",
        "Environment variables must follow KEY=value format",
    ),
    (
        "microsoft/vscode-python src/client/common/utils/localize.ts",
        "Your operating system does not meet the minimum requirements of the Python Language Server. Reverting to the alternative autocompletion provider, Jedi.",
    ),
    (
        "microsoft/vscode-python src/client/common/utils/localize.ts",
        "The Python path in your debug configuration is invalid.",
    ),
    (
        "microsoft/vscode-python src/client/common/utils/localize.ts",
        "Pylance extension is not installed.",
    ),
    (
        "microsoft/vscode-python src/client/common/utils/localize.ts",
        'The Pylance extension is not installed but the python.languageServer value is set to "Pylance". Would you like to install the Pylance extension to use Pylance, or revert back to Jedi?',
    ),
    (
        "microsoft/vscode-python src/client/common/utils/localize.ts",
        "The package TensorBoard is required to launch a TensorBoard session. Would you like to install it?",
    ),
    (
        "microsoft/vscode-python src/client/common/utils/localize.ts",
        "The Python extension could not locate the requested source file on disk. Please manually specify the file.",
    ),
    (
        "microsoft/vscode-python src/client/common/utils/localize.ts",
        "Language server download failed.",
    ),
    (
        "microsoft/vscode-python src/client/common/utils/localize.ts",
        "Running in Interactive window requires Jupyter Extension. Would you like to install it? [Learn more](https://aka.ms/pythonJupyterSupport).",
    ),
    (
        "microsoft/vscode-python src/client/common/utils/localize.ts",
        'Environment discovery failed. Check the "Python Environments" output channel for details. The Python Environments extension (ms-python.vscode-python-envs) manages environment discovery.',
    ),
    ("microsoft/vscode-python src/client/common/utils/localize.ts", "Python is not installed"),
    ("microsoft/vscode-python src/client/common/utils/localize.ts", "Enter a valid port number"),
    ("microsoft/vscode-python src/client/common/utils/localize.ts", "pytest test discovery error"),
    (
        "microsoft/vscode-python src/client/common/utils/localize.ts",
        "Unittest test execution error",
    ),
    (
        "microsoft/vscode-python src/client/common/utils/localize.ts",
        "A workspace is required when creating an environment using venv.",
    ),
    (
        "microsoft/vscode-python src/client/common/utils/localize.ts",
        "Creating virtual environment failed with error.",
    ),
    (
        "microsoft/vscode-python src/client/common/utils/localize.ts",
        'Error while deleting existing ".venv" environment.',
    ),
    (
        "microsoft/vscode-python src/client/common/utils/localize.ts",
        "Install `conda` to create conda environments.",
    ),
    (
        "microsoft/vscode-python src/client/common/utils/localize.ts",
        "Python Locator failed to start. Python environment discovery may not work correctly.",
    ),
    (
        "microsoft/vscode-python src/client/common/utils/localize.ts",
        "Missing Windows runtime dependencies detected. The Python Locator requires the Microsoft Visual C++ Redistributable. This is often missing on clean Windows installations.",
    ),
    (
        "microsoft/pyright packages/pyright-internal/src/localization/package.nls.en-us.json",
        "Type expressions cannot span multiple string literals",
    ),
    (
        "microsoft/pyright packages/pyright-internal/src/localization/package.nls.en-us.json",
        "Exception type in except* cannot derive from BaseGroupException",
    ),
    (
        "microsoft/pyright packages/pyright-internal/src/localization/package.nls.en-us.json",
        "Keyword arguments cannot be used in type argument lists",
    ),
    (
        "microsoft/pyright packages/pyright-internal/src/localization/package.nls.en-us.json",
        'Result of async function call is not used; use "await" or assign result to variable',
    ),
    (
        "microsoft/pyright packages/pyright-internal/src/localization/package.nls.en-us.json",
        'Expected return type as second type argument for "Callable"',
    ),
    (
        "microsoft/pyright packages/pyright-internal/src/localization/package.nls.en-us.json",
        'Exception group syntax ("except*") requires Python 3.11 or newer',
    ),
    (
        "microsoft/pyright packages/pyright-internal/src/localization/package.nls.en-us.json",
        '"[" was not closed',
    ),
    (
        "microsoft/pyright packages/pyright-internal/src/localization/package.nls.en-us.json",
        "String expression cannot be subscripted in type expression; enclose entire expression in quotes",
    ),
    (
        "microsoft/pyright packages/pyright-internal/src/localization/package.nls.en-us.json",
        "Conditional expression references coroutine which always evaluates to True",
    ),
    (
        "microsoft/pyright packages/pyright-internal/src/localization/package.nls.en-us.json",
        'Unterminated expression in f-string; expecting "}"',
    ),
    (
        "microsoft/pyright packages/pyright-internal/src/localization/package.nls.en-us.json",
        "Generator expressions must be parenthesized if not sole argument",
    ),
    (
        "microsoft/pyright packages/pyright-internal/src/localization/package.nls.en-us.json",
        "Cases within match statement do not exhaustively handle all values",
    ),
    (
        "microsoft/pyright packages/pyright-internal/src/localization/package.nls.en-us.json",
        'Object of type "None" cannot be used with "with"',
    ),
    (
        "microsoft/pyright packages/pyright-internal/src/localization/package.nls.en-us.json",
        "Unpack operation not allowed in tuples prior to Python 3.8",
    ),
    (
        "microsoft/pyright packages/pyright-internal/src/localization/package.nls.en-us.json",
        "Non-default argument follows default argument",
    ),
    (
        "microsoft/pyright packages/pyright-internal/src/localization/package.nls.en-us.json",
        'Expected one type argument after "Optional"',
    ),
    (
        "microsoft/pyright packages/pyright-internal/src/localization/package.nls.en-us.json",
        '"yield" not allowed outside of a function or lambda',
    ),
    (
        "microsoft/pyright packages/pyright-internal/src/localization/package.nls.en-us.json",
        'Object of type "int" is not callable',
    ),
    (
        "microsoft/pyright packages/pyright-internal/src/localization/package.nls.en-us.json",
        "Function calls and mutable objects not allowed within parameter default value expression",
    ),
    (
        "microsoft/pyright packages/pyright-internal/src/localization/package.nls.en-us.json",
        "Position-only parameter not allowed after parameter that is not position-only",
    ),
    ("nodejs/undici lib/web/fetch/index.js", "fetch failed"),
    ("nodejs/undici lib/web/fetch/index.js", "The operation was aborted."),
    ("nodejs/undici lib/web/fetch/index.js", "redirect count exceeded"),
    ("nodejs/undici lib/web/fetch/index.js", "URL scheme must be a HTTP(S) scheme"),
    ("nodejs/undici lib/web/fetch/index.js", "proxy authentication required"),
    ("nodejs/undici lib/web/fetch/request.js", "'CONNECT' HTTP method is unsupported."),
    ("nodejs/undici lib/web/fetch/global.js", "Only http & https urls are allowed, received ftp:"),
    (
        "nodejs/undici lib/core/util.js",
        "Connect Timeout Error (attempted address: api.openai.com:443, timeout: 10000ms)",
    ),
    ("nodejs/undici lib/core/errors.js", "Headers Timeout Error"),
    ("nodejs/undici lib/core/errors.js", "Body Timeout Error"),
    ("nodejs/undici lib/core/errors.js", "Proxy Connection failed"),
    ("nodejs/undici lib/dispatcher/client-h1.js", "other side closed"),
    ("nodejs/undici lib/dispatcher/client-h2.js", 'HTTP/2: "stream timeout after 300000"'),
    (
        "astral-sh/uv crates/uv-publish/src/trusted_publishing.rs",
        "Failed to obtain OIDC token: is the `id-token: write` permission missing?",
    ),
    (
        "astral-sh/uv crates/uv-publish/src/trusted_publishing.rs",
        "No OIDC token discovered: are you in a supported trusted publishing environment?",
    ),
    (
        "astral-sh/uv crates/uv-python/src/interpreter.rs",
        "Could not detect a glibc or a musl libc (while running on Linux)",
    ),
    ("astral-sh/uv crates/uv-publish/src/lib.rs", "Server returned status code 403"),
    (
        "astral-sh/uv crates/uv-build-backend/src/metadata.rs",
        "Use `project.scripts` instead of `project.entry-points.console_scripts`",
    ),
    ("astral-sh/uv crates/uv-build-frontend/src/error.rs", "The build backend returned an error"),
    (
        "astral-sh/uv crates/uv-scripts/src/lib.rs",
        "The PEP 723 metadata block is missing from the script.",
    ),
    (
        "astral-sh/uv crates/uv-workspace/src/workspace.rs",
        "No `pyproject.toml` found in current directory or any parent directory",
    ),
    (
        "astral-sh/uv crates/uv-build-backend/src/lib.rs",
        "`pyproject.toml` must not be excluded from source distribution build",
    ),
    (
        "astral-sh/uv crates/uv/src/commands/tool/run.rs",
        "It looks like you provided a Python script to `--from`, which is not supported",
    ),
    (
        "astral-sh/uv crates/uv-build-backend/src/metadata.rs",
        "`project.license` is not a valid SPDX expression: MIT OR",
    ),
    (
        "astral-sh/uv crates/uv-resolver/src/error.rs",
        "Failed to resolve dependencies for package `requests==2.32.3`",
    ),
    ("astral-sh/uv crates/uv-client/src/error.rs", "Failed to write to the client cache"),
    ("astral-sh/uv crates/uv-python/src/interpreter.rs", "Failed to query Python interpreter"),
    (
        "astral-sh/uv crates/uv-build-frontend/src/error.rs",
        "Building source distributions is disabled",
    ),
    (
        "astral-sh/uv crates/uv/src/commands/project/mod.rs",
        "Extra `dev` is not defined in the `optional-dependencies` table for `httpx`",
    ),
    (
        "astral-sh/uv crates/uv-client/src/error.rs",
        "numpy isn't available locally, but making network requests to registries was banned",
    ),
    ("astral-sh/uv crates/uv-client/src/base_client.rs", "Failed to parse `UV_HTTP_RETRIES`"),
    (
        "astral-sh/uv crates/uv/src/commands/project/mod.rs",
        "The lockfile at `uv.lock` needs to be updated, but `--locked` was provided.",
    ),
    ("astral-sh/uv crates/uv-resolver/src/error.rs", "Package `torch` is unavailable"),
    (
        "astral-sh/ruff crates/ruff/src/commands/check.rs",
        "No Python files found under the given path(s)",
    ),
    (
        "astral-sh/ruff crates/ruff/src/commands/analyze_graph.rs",
        "`ruff analyze graph` is experimental and may change without warning",
    ),
    ("astral-sh/ruff crates/ruff/src/lib.rs", "Detected debug build without --no-cache."),
    (
        "astral-sh/ruff crates/ruff/src/commands/show_settings.rs",
        "No files found under the given path",
    ),
    ("astral-sh/ruff crates/ruff/src/resolve.rs", "Working directory does not exist"),
    (
        "astral-sh/ruff crates/ruff_linter/src/settings/types.rs",
        "Unrecognized language: `rust`. Expected one of `python`, `pyi`, or `ipynb`.",
    ),
    (
        "astral-sh/ruff crates/ruff_server/src/format.rs",
        "uv was not found; is it installed and on the PATH?",
    ),
    (
        "astral-sh/ruff crates/ruff_server/src/server/main_loop.rs",
        "client exited without proper shutdown sequence",
    ),
    (
        "astral-sh/ruff crates/ruff_server/src/session/settings.rs",
        "using `extend` is unsupported for inline configuration",
    ),
    (
        "astral-sh/ruff crates/ruff_workspace/src/options.rs",
        "`section-order` is ignored when `no-sections` is set to `true`",
    ),
    (
        "astral-sh/ruff crates/ruff_workspace/src/configuration.rs",
        "The `ignore-init-module-imports` option is deprecated and will be removed in a future release. Ruff's handling of imports in `__init__.py` files has been improved (in preview) and unused imports will always be flagged.",
    ),
    (
        "astral-sh/ruff crates/ruff_workspace/src/configuration.rs",
        "Rule `PLR1701` is deprecated and will be removed in a future release.",
    ),
    (
        "astral-sh/ruff crates/ruff_workspace/src/configuration.rs",
        "Selection `RUF029` has no effect because preview is not enabled.",
    ),
    ("astral-sh/ruff crates/ruff_linter/src/rule_selector.rs", "Unknown rule selector: `E999x`"),
    (
        "astral-sh/ruff crates/ruff_python_parser/src/error.rs",
        "Simple statements must be separated by newlines or semicolons",
    ),
    (
        "astral-sh/ruff crates/ruff_python_parser/src/error.rs",
        "Positional argument cannot follow keyword argument",
    ),
    (
        "astral-sh/ruff crates/ruff_python_parser/src/error.rs",
        "Parameter without a default cannot follow a parameter with a default",
    ),
    ("astral-sh/ruff crates/ruff_python_parser/src/error.rs", "Expected an expression"),
    (
        "astral-sh/ruff crates/ruff_python_parser/src/error.rs",
        "f-string: single `}` is not allowed",
    ),
    (
        "astral-sh/ruff crates/ruff_python_parser/src/error.rs",
        "bytes can only contain ASCII literal characters",
    ),
    (
        "pnpm/pnpm pnpm11/cache/commands/src/cache.cmd.ts",
        "`pnpm cache view` only accepts one package name",
    ),
    (
        "pnpm/pnpm pnpm11/cli/parse-cli-args/src/index.ts",
        "--workspace-root may only be used inside a workspace",
    ),
    (
        "pnpm/pnpm pnpm11/engine/pm/commands/src/with/with.ts",
        "Missing version argument. Usage: pnpm with <version|current> <args...>",
    ),
    (
        "pnpm/pnpm pnpm11/engine/runtime/commands/src/env/envUse.ts",
        '"pnpm env use --global <version>" requires a Node.js version to be specified',
    ),
    (
        "pnpm/pnpm pnpm11/deps/compliance/commands/src/audit/audit.ts",
        'Invalid value for --fix: all. Should be one of "override" or "update"',
    ),
    (
        "pnpm/pnpm pnpm11/registry-access/commands/src/distTag.ts",
        'Removing the "latest" dist-tag is not allowed',
    ),
    (
        "pnpm/pnpm pnpm11/resolving/npm-resolver/src/pickPackageFromMeta.ts",
        "No versions available for left-pad because it was unpublished",
    ),
    (
        "pnpm/pnpm pnpm11/deps/compliance/commands/src/audit/auditContext.ts",
        "No pnpm-lock.yaml found: Cannot audit a project without a lockfile",
    ),
    (
        "pnpm/pnpm pnpm11/releasing/commands/src/publish/publish.ts",
        "Branch is not on 'master|main'.",
    ),
    ("pnpm/pnpm pnpm11/exec/commands/src/dlx.ts", "No binaries found in typescript-types"),
    ("pnpm/pnpm pnpm11/exec/commands/src/exec.ts", "No package found in this workspace"),
    (
        "pnpm/pnpm pnpm11/registry-access/commands/src/search.ts",
        "Search query is required. Usage: pnpm search <keyword>",
    ),
    ("pnpm/pnpm pnpm11/exec/commands/src/run.ts", "Missing script: build"),
    (
        "pnpm/pnpm pnpm11/exec/commands/src/runRecursive.ts",
        "You must specify the script you want to run",
    ),
    (
        "pnpm/pnpm pnpm11/releasing/commands/src/publish/batchPublish.ts",
        "Staged publishing cannot be combined with --batch",
    ),
    (
        "pnpm/pnpm pnpm11/config/reader/src/index.ts",
        "--shamefully-hoist cannot be used with --no-hoist",
    ),
    (
        "pnpm/pnpm pnpm11/engine/pm/commands/src/self-updater/selfUpdate.ts",
        "You should update pnpm with corepack",
    ),
    (
        "pnpm/pnpm pnpm11/store/path/src/index.ts",
        "The pnpm home directory is unknown. Cannot calculate the store directory location.",
    ),
    (
        "pnpm/pnpm pnpm11/resolving/jsr-specifier-parser/src/index.ts",
        "Package names from JSR must have a scope",
    ),
    (
        "pnpm/pnpm pnpm11/engine/runtime/bun-resolver/src/index.ts",
        "Could not resolve Bun version specified as 9.9.9",
    ),
    ("python/cpython Objects/longobject.c", "invalid literal for int() with base 10: 'abc'"),
    ("python/cpython Objects/floatobject.c", "could not convert string to float: 'N/A'"),
    ("python/cpython Objects/listobject.c", "list index out of range"),
    ("python/cpython Objects/listobject.c", "pop from empty list"),
    ("python/cpython Objects/listobject.c", "list.remove(x): x not in list"),
    ("python/cpython Objects/abstract.c", "'NoneType' object is not subscriptable"),
    ("python/cpython Objects/abstract.c", "unsupported operand type(s) for +: 'int' and 'str'"),
    ("python/cpython Objects/abstract.c", "object of type 'NoneType' has no len()"),
    ("python/cpython Objects/abstract.c", "can't multiply sequence by non-int of type 'float'"),
    ("python/cpython Objects/unicodeobject.c", 'can only concatenate str (not "int") to str'),
    ("python/cpython Objects/tupleobject.c", "tuple index out of range"),
    (
        "python/cpython Objects/dictobject.c",
        "dictionary update sequence element #0 has length 1; 2 is required",
    ),
    ("python/cpython Lib/json/decoder.py", "Expecting value: line 1 column 1 (char 0)"),
    (
        "python/cpython Lib/json/decoder.py",
        "Expecting property name enclosed in double quotes: line 1 column 9 (char 8)",
    ),
    ("python/cpython Lib/subprocess.py", "Command 'git status' returned non-zero exit status 128."),
    ("python/cpython Lib/subprocess.py", "Command 'npm install' timed out after 30 seconds"),
    (
        "python/cpython Lib/asyncio/runners.py",
        "asyncio.run() cannot be called from a running event loop",
    ),
    ("python/cpython Lib/asyncio/base_events.py", "Event loop is closed"),
    ("python/cpython Lib/http/client.py", "Remote end closed connection without response"),
    ("python/cpython Lib/urllib/parse.py", "Invalid IPv6 URL"),
    (
        "golang/go src/cmd/go/internal/modload/init.go",
        "go: go.mod file not found in current directory or any parent directory; see 'go help modules'",
    ),
    (
        "golang/go src/cmd/go/internal/modload/init.go",
        "updates to go.mod needed; to update it:\n\tgo mod tidy",
    ),
    (
        "golang/go src/cmd/go/internal/modload/init.go",
        "updates to go.mod needed, disabled by -mod=vendor; to update it:\n\tgo mod tidy",
    ),
    (
        "golang/go src/cmd/go/internal/modload/init.go",
        "go: creating new go.mod: module example.com/hello",
    ),
    (
        "golang/go src/cmd/go/internal/modload/init.go",
        "go: to add module requirements and sums:\n\tgo mod tidy",
    ),
    (
        "golang/go src/cmd/go/internal/modload/import.go",
        "no required module provides package github.com/spf13/cobra; to add it:\n\tgo get github.com/spf13/cobra",
    ),
    (
        "golang/go src/cmd/go/internal/modload/import.go",
        "cannot find module providing package github.com/gorilla/mux",
    ),
    (
        "golang/go src/cmd/go/internal/modload/import.go",
        "missing go.sum entry for module providing package golang.org/x/text/language; to add:\n\tgo mod download golang.org/x/text",
    ),
    (
        "golang/go src/cmd/go/internal/modload/import.go",
        'import path "github.com/google/uuid@v1.6.0" should not have @version',
    ),
    (
        "golang/go src/cmd/go/internal/modload/import.go",
        '"./internal/util" is relative, but relative import paths are not supported in module mode',
    ),
    (
        "golang/go src/cmd/go/internal/modload/import.go",
        "\"all\" is not an importable package; see 'go help packages'",
    ),
    (
        "golang/go src/cmd/go/internal/modload/import.go",
        "package github.com/spf13/cobra provided by github.com/spf13/cobra at latest version v1.8.1 but not at required version v1.7.0",
    ),
    ("golang/go src/cmd/go/internal/modload/query.go", 'no matching versions for query "v2.0.0"'),
    (
        "golang/go src/cmd/go/internal/gover/toolchain.go",
        "go.mod requires go >= 1.23.0 (running go 1.22.5; GOTOOLCHAIN=local)",
    ),
    ("golang/go src/cmd/go/internal/run/run.go", "go run: no go files listed"),
    (
        "golang/go src/cmd/go/internal/run/run.go",
        "go run: cannot run *_test.go files (main_test.go)",
    ),
    ("golang/go src/cmd/go/internal/run/run.go", "go run: cannot run non-main package"),
    (
        "golang/go src/cmd/go/internal/run/run.go",
        "go run: no suitable source files (cgo is disabled)",
    ),
    (
        "block/goose crates/goose/src/providers/errors.rs",
        "Network error: Request timed out — check your network connection and try again.",
    ),
    (
        "block/goose crates/goose/src/providers/errors.rs",
        "Network error: Could not connect to api.anthropic.com — check your network connection and try again.",
    ),
    (
        "block/goose crates/goose/src/providers/errors.rs",
        "Network error: Could not connect to localhost:11434 — check your network connection and try again.",
    ),
    (
        "block/goose crates/goose/src/providers/errors.rs",
        "Network error: Could not connect to the provider — check your network connection and try again.",
    ),
    (
        "block/goose crates/goose/src/providers/errors.rs",
        "Network error: Network error — check your network connection and try again.",
    ),
    (
        "block/goose crates/goose/src/providers/utils.rs",
        "Server error: HTTP 503: No response body received from server",
    ),
    (
        "block/goose crates/goose/src/providers/utils.rs",
        "Server error: HTTP 500: No response body received from server",
    ),
    (
        "block/goose crates/goose/src/providers/utils.rs",
        "Request failed: Response body is not valid JSON",
    ),
    (
        "block/goose crates/goose/src/providers/utils.rs",
        "Request failed: Request failed with status: 405 Method Not Allowed",
    ),
    (
        "block/goose crates/goose/src/providers/utils.rs",
        "Request failed: File is not a valid image",
    ),
    ("block/goose crates/goose/src/providers/utils.rs", "Request failed: Unsupported image format"),
    ("block/goose crates/goose/src/providers/utils.rs", "Request failed: Unknown image format"),
    (
        "block/goose crates/goose/src/config/base.rs",
        "Configuration value not found: GOOSE_PROVIDER",
    ),
    (
        "block/goose crates/goose/src/config/base.rs",
        "Configuration value not found: No valid backup found",
    ),
    ("block/goose crates/goose/src/config/base.rs", "Secret stored using file-based fallback"),
    ("block/goose crates/goose/src/config/base.rs", "Configuration value not found: GOOSE_MODEL"),
]

# Batch I (holdout): openai/openai-python, anthropics/anthropic-sdk-python,
# ollama/ollama-python, ollama/ollama-js, huggingface/text-generation-inference,
# open-webui/open-webui, mudler/LocalAI, rust-lang/rust-analyzer, golang/vscode-go,
# redhat-developer/vscode-yaml, microsoft/vscode-eslint, prettier/prettier-vscode,
# python/mypy, pytest-dev/pytest, python-poetry/poetry, cli/cli, git-lfs/git-lfs,
# Homebrew/brew.
BATCH_I: Final[list[tuple[str, str]]] = [
    (
        "openai/openai-python src/openai/_client.py",
        "Missing credentials. Please pass an `api_key`, `workload_identity`, `admin_api_key`, or set the `OPENAI_API_KEY` or `OPENAI_ADMIN_KEY` environment variable.",
    ),
    (
        "openai/openai-python src/openai/_client.py",
        "The `api_key` and `workload_identity` arguments are mutually exclusive",
    ),
    (
        "openai/openai-python src/openai/lib/azure.py",
        "Missing credentials. Please pass one of `api_key`, `azure_ad_token`, `azure_ad_token_provider`, or the `AZURE_OPENAI_API_KEY` or `AZURE_OPENAI_AD_TOKEN` environment variables.",
    ),
    (
        "openai/openai-python src/openai/lib/_parsing/_completions.py",
        "Currently only `function` tool types support auto-parsing; Received `custom`",
    ),
    (
        "openai/openai-python src/openai/lib/_parsing/_completions.py",
        "`get_weather` is not strict. Only `strict` function tools can be auto-parsed",
    ),
    (
        "openai/openai-python src/openai/lib/bedrock.py",
        "Could not find credentials for Bedrock. Set `AWS_BEARER_TOKEN_BEDROCK` or configure the default AWS credential chain.",
    ),
    (
        "openai/openai-python src/openai/_data_residency.py",
        "Invalid `data_residency`; expected one of 'global', 'us', 'eu', or 'ae'",
    ),
    ("openai/openai-python src/openai/_send_queue.py", "send queue is full, message discarded"),
    (
        "openai/openai-python src/openai/_response.py",
        "Pydantic models must subclass our base model type, e.g. `from openai import BaseModel`",
    ),
    (
        "anthropics/anthropic-sdk-python src/anthropic/_exceptions.py",
        "Request timed out or interrupted. This could be due to a network timeout, dropped connection, or request cancellation. See https://docs.anthropic.com/en/api/errors#long-requests for more details.",
    ),
    (
        "anthropics/anthropic-sdk-python src/anthropic/_client.py",
        "Could not resolve authentication method. Expected one of api_key, auth_token, or credentials to be set. Or for one of the `X-Api-Key` or `Authorization` headers to be explicitly omitted",
    ),
    (
        "anthropics/anthropic-sdk-python src/anthropic/_client.py",
        "Pass at most one of `credentials=`, `config=`, or `profile=`.",
    ),
    (
        "anthropics/anthropic-sdk-python src/anthropic/_base_client.py",
        "Streaming is required for operations that may take longer than 10 minutes. See https://github.com/anthropics/anthropic-sdk-python#long-requests for more details",
    ),
    (
        "anthropics/anthropic-sdk-python src/anthropic/_response.py",
        "Subclasses of httpx.Response cannot be passed to `cast_to`",
    ),
    (
        "anthropics/anthropic-sdk-python src/anthropic/lib/bedrock/_client.py",
        "The Batch API is not supported in Bedrock yet",
    ),
    (
        "anthropics/anthropic-sdk-python src/anthropic/lib/bedrock/_client.py",
        "Cannot specify both `api_key` and AWS credentials (`aws_access_key`, `aws_secret_key`, `aws_session_token`, `aws_profile`)",
    ),
    (
        "anthropics/anthropic-sdk-python src/anthropic/lib/aws/_client.py",
        "No AWS region was provided. Set the `aws_region` argument or the `AWS_REGION`/`AWS_DEFAULT_REGION` environment variable.",
    ),
    (
        "anthropics/anthropic-sdk-python src/anthropic/lib/aws/_client.py",
        "No workspace ID found. Set the `workspace_id` argument or the `ANTHROPIC_AWS_WORKSPACE_ID` environment variable.",
    ),
    (
        "anthropics/anthropic-sdk-python src/anthropic/lib/aws/_client.py",
        "AnthropicAWS does not support a `credentials` provider (it authenticates with AWS SigV4).",
    ),
    (
        "anthropics/anthropic-sdk-python src/anthropic/lib/_parse/_transform.py",
        "Schema must have a 'type', 'anyOf', 'oneOf', or 'allOf' field.",
    ),
    (
        "anthropics/anthropic-sdk-python src/anthropic/lib/tools/_beta_builtin_memory_tool.py",
        "Cannot delete the /memories directory itself",
    ),
    (
        "anthropics/anthropic-sdk-python src/anthropic/_base_client.py",
        "could not resolve response (should never happen)",
    ),
    ("ollama/ollama-python ollama/_client.py", "must provide a model"),
    ("ollama/ollama-python ollama/_client.py", "must provide either path or modelfile"),
    ("ollama/ollama-python ollama/_client.py", "messages must contain content"),
    (
        "ollama/ollama-python ollama/_client.py",
        'messages must contain a role and it must be one of "system", "user", or "assistant"',
    ),
    (
        "ollama/ollama-python ollama/_client.py",
        "images must be a list of bytes, path-like objects, or file-like objects",
    ),
    (
        "ollama/ollama-python ollama/_client.py",
        "image must be bytes, path-like object, or file-like object, not int",
    ),
    (
        "ollama/ollama-python ollama/_client.py",
        "messages must be a list of Message or dict-like objects",
    ),
    (
        "ollama/ollama-python ollama/_client.py",
        "error connecting to ollama server: have you checked that it's running?",
    ),
    (
        "ollama/ollama-js src/index.ts",
        "Creating with a local path is not currently supported from ollama-js. Please use the files parameter instead.",
    ),
    ("ollama/ollama-js src/browser.ts", "Missing body"),
    ("ollama/ollama-js src/browser.ts", "Query is required"),
    ("ollama/ollama-js src/browser.ts", "URL is required"),
    ("ollama/ollama-js src/browser.ts", "Expected a completed response."),
    ("ollama/ollama-js src/index.ts", "Streaming uploads are not supported in this environment."),
    ("ollama/ollama-js src/index.ts", "Must provide either path or modelfile to create a model"),
    ("huggingface/text-generation-inference router/src/infer/mod.rs", "Model is overloaded"),
    ("huggingface/text-generation-inference router/src/infer/mod.rs", "Incomplete generation"),
    (
        "huggingface/text-generation-inference router/src/validation.rs",
        "`best_of` must be > 0 and <= 2. Given: 4",
    ),
    (
        "huggingface/text-generation-inference router/src/validation.rs",
        "`best_of` != 1 is not supported when streaming tokens",
    ),
    (
        "huggingface/text-generation-inference router/src/validation.rs",
        "`seed` must not be set when `best_of` > 1",
    ),
    (
        "huggingface/text-generation-inference router/src/validation.rs",
        "`temperature` must be strictly positive",
    ),
    (
        "huggingface/text-generation-inference router/src/validation.rs",
        "`top_p` must be > 0.0 and < 1.0",
    ),
    (
        "huggingface/text-generation-inference router/src/validation.rs",
        "`frequency_penalty` must be >= -2.0 and <= 2.0",
    ),
    (
        "huggingface/text-generation-inference router/src/infer/mod.rs",
        "Input validation error: `inputs` tokens + `max_new_tokens` must be <= 4096. Given: 3900 `inputs` tokens and 512 `max_new_tokens`",
    ),
    ("huggingface/text-generation-inference router/src/validation.rs", "`inputs` cannot be empty"),
    (
        "huggingface/text-generation-inference router/src/validation.rs",
        "`stop` supports up to 4 stop sequences. Given: 6",
    ),
    ("huggingface/text-generation-inference router/src/validation.rs", "grammar is not supported"),
    (
        "huggingface/text-generation-inference router/src/validation.rs",
        "Image size 26214400 bytes exceeds maximum allowed size of 20971520 bytes",
    ),
    (
        "huggingface/text-generation-inference backends/v3/src/lib.rs",
        "Not enough memory to handle `max_total_tokens=32768`",
    ),
    (
        "huggingface/text-generation-inference backends/v3/src/client/mod.rs",
        "Sharded results are empty",
    ),
    (
        "huggingface/text-generation-inference router/src/validation.rs",
        "`max_new_tokens` must be <= 2048. Given: 4096",
    ),
    (
        "huggingface/text-generation-inference router/src/validation.rs",
        "`top_n_tokens` must be >= 0 and <= 5. Given: 10",
    ),
    (
        "huggingface/text-generation-inference router/src/validation.rs",
        "one of `max_new_tokens` or `truncate` must be set if a fast tokenizer is not in use",
    ),
    (
        "open-webui/open-webui backend/open_webui/constants.py",
        "Your session has expired or the token is invalid. Please sign in again.",
    ),
    ("open-webui/open-webui backend/open_webui/constants.py", "WebUI could not connect to Ollama"),
    ("open-webui/open-webui backend/open_webui/constants.py", "Model 'llama3.1:8b' was not found"),
    (
        "open-webui/open-webui backend/open_webui/constants.py",
        "The Ollama API is disabled. Please enable it to use this feature.",
    ),
    (
        "open-webui/open-webui backend/open_webui/constants.py",
        "Pandoc is not installed on the server. Please contact your administrator for assistance.",
    ),
    ("open-webui/open-webui backend/open_webui/constants.py", "API rate limit exceeded"),
    (
        "open-webui/open-webui backend/open_webui/constants.py",
        "Use of API key is not enabled in the environment.",
    ),
    (
        "open-webui/open-webui backend/open_webui/constants.py",
        "Oops! It seems like the file format you're trying to upload is not supported. Please upload a file with a supported format and try again.",
    ),
    (
        "open-webui/open-webui backend/open_webui/constants.py",
        "Duplicate content detected. Please provide unique content to proceed.",
    ),
    (
        "open-webui/open-webui backend/open_webui/constants.py",
        "Extracted content is not available for this file. Please ensure that the file is processed before proceeding.",
    ),
    (
        "open-webui/open-webui backend/open_webui/constants.py",
        "This feature is only available when running with SQLite databases.",
    ),
    (
        "open-webui/open-webui backend/open_webui/constants.py",
        "The requested action has been restricted as a security measure.",
    ),
    (
        "open-webui/open-webui backend/open_webui/constants.py",
        "Oops! It looks like there's a hiccup. The API key is missing. Please make sure to provide a valid API key to access this feature.",
    ),
    ("open-webui/open-webui backend/open_webui/constants.py", "Something went wrong :/"),
    (
        "mudler/LocalAI core/config/distributed_config.go",
        "distributed mode requires --nats-url / LOCALAI_NATS_URL",
    ),
    (
        "mudler/LocalAI core/config/distributed_config.go",
        "storage-access-key and storage-secret-key must both be set or both empty",
    ),
    (
        "mudler/LocalAI core/config/model_config.go",
        "compression: trigger_at_ratio must be between 0 and 1",
    ),
    (
        "mudler/LocalAI core/config/model_config.go",
        "proxy: api_key_env and api_key_file are mutually exclusive",
    ),
    (
        "mudler/LocalAI core/config/model_config_loader.go",
        'alias "gpt-4o" points to unknown model "qwen2.5-7b-instruct"',
    ),
    (
        "rust-lang/rust-analyzer editors/code/src/bootstrap.ts",
        "rust-analyzer Language Server is not available. Please, ensure its [proper installation](https://rust-analyzer.github.io/book/installation.html).",
    ),
    (
        "rust-lang/rust-analyzer editors/code/src/commands.ts",
        "rust-analyzer: evaluate predicate requires an active Rust editor",
    ),
    ("rust-lang/rust-analyzer editors/code/src/commands.ts", "rust-analyzer server is not running"),
    (
        "rust-lang/rust-analyzer editors/code/src/commands.ts",
        "Cargo invocation copied to the clipboard.",
    ),
    (
        "rust-lang/rust-analyzer editors/code/src/config.ts",
        'Changing "rust-analyzer.testExplorer" requires a window reload',
    ),
    (
        "rust-lang/rust-analyzer editors/code/src/config.ts",
        'Changing "rust-analyzer.server" requires a server restart',
    ),
    (
        "rust-lang/rust-analyzer editors/code/src/ctx.ts",
        "command rust-analyzer.expandMacro failed: rust-analyzer server is not running",
    ),
    (
        "rust-lang/rust-analyzer editors/code/src/ctx.ts",
        'bootstrap error. See the logs in "OUTPUT > Rust Analyzer Client" (should open automatically).To enable verbose logs, click the gear icon in the "OUTPUT" tab and select "Debug".',
    ),
    (
        "rust-lang/rust-analyzer editors/code/src/main.ts",
        "You have both the rust-analyzer (rust-lang.rust-analyzer) and Rust (rust-lang.rust) plugins enabled. These are known to conflict and cause various functions of both plugins to not work correctly. You should disable one of them.",
    ),
    (
        "rust-lang/rust-analyzer editors/code/src/dependencies_provider.ts",
        "No dependency in empty workspace",
    ),
    (
        "rust-lang/rust-analyzer editors/code/src/new_project.ts",
        "Failed to read the selected parent folder.",
    ),
    ("rust-lang/rust-analyzer editors/code/src/run.ts", "There's no debug target!"),
    (
        "rust-lang/rust-analyzer editors/code/src/test_explorer.ts",
        "You can debug only one test at a time",
    ),
    (
        "rust-lang/rust-analyzer editors/code/src/toolchain.ts",
        "Multiple compilation artifacts are not supported.",
    ),
    ("rust-lang/rust-analyzer editors/code/src/toolchain.ts", "No compilation artifacts"),
    (
        "rust-lang/rust-analyzer crates/rust-analyzer/src/reload.rs",
        "Auto-reloading is disabled and the workspace has changed, a manual workspace reload is required.",
    ),
    (
        "rust-lang/rust-analyzer crates/rust-analyzer/src/reload.rs",
        "rust-analyzer failed to fetch workspace",
    ),
    ("rust-lang/rust-analyzer crates/rust-analyzer/src/reload.rs", "Failed to discover workspace."),
    (
        "golang/vscode-go extension/src/commands/applyCoverprofile.ts",
        "Cannot apply coverage profile when no Go file is open.",
    ),
    (
        "golang/vscode-go extension/src/diagnostics/goCheck.ts",
        "This file seems to be generated. DO NOT EDIT.",
    ),
    (
        "golang/vscode-go extension/src/goGenerateTests.ts",
        "Cannot generate unit tests. File in the editor is not a Go file.",
    ),
    (
        "golang/vscode-go extension/src/goGenerateTests.ts",
        "Please upgrade gopls to use the 'gopls.add_test' command",
    ),
    (
        "golang/vscode-go extension/src/goGetPackage.ts",
        "Package already exists: golang.org/x/tools",
    ),
    (
        "golang/vscode-go extension/src/goImport.ts",
        "Could not find package github.com/stretchr/testify/assert",
    ),
    (
        "golang/vscode-go extension/src/goInstallTools.ts",
        "Failed to find a go command needed to install tools.",
    ),
    (
        "golang/vscode-go extension/src/goTest.ts",
        "No tests found. Current file is not a test file.",
    ),
    ("golang/vscode-go extension/src/goTest.ts", "No test has been recently executed."),
    (
        "golang/vscode-go extension/src/goTest/run.ts",
        "The Go test explorer does not support debugging multiple tests",
    ),
    (
        "golang/vscode-go extension/src/goTest/profile.ts",
        "Selected item is not a test, benchmark, or example",
    ),
    ("golang/vscode-go extension/src/language/goLanguageServer.ts", "gopls is not running"),
    (
        "redhat-developer/vscode-yaml src/extensionConflicts.ts",
        "Ansible extension is incompatible with VSCode-YAML. Please uninstall it.",
    ),
    (
        "redhat-developer/vscode-yaml src/recommendation/openShiftToolkit.ts",
        "The workspace has a devfile.yaml. Install [OpenShift Toolkit](https://github.com/redhat-developer/vscode-openshift-tools) extension for assistance with deploying to a cluster?",
    ),
    (
        "redhat-developer/vscode-yaml src/recommendation/openShiftToolkit.ts",
        "The workspace has devfile.yaml, Do you want to install [OpenShift Toolkit](https://github.com/redhat-developer/vscode-openshift-tools) extension for deploy it into cluster?",
    ),
    (
        "redhat-developer/vscode-yaml src/recommendation/handlerImpl.ts",
        "Successfully installed redhat.vscode-openshift-connector.",
    ),
    (
        "redhat-developer/vscode-yaml src/recommendation/handlerImpl.ts",
        "Installing redhat.vscode-openshift-connector...",
    ),
    (
        "redhat-developer/vscode-yaml src/telemetry.ts",
        "The YAML Support server crashed 5 times in the last 3 minutes. The server will not be restarted.",
    ),
    (
        "redhat-developer/vscode-yaml src/json-schema-content-provider.ts",
        "Cannot Load content for: 'https://json.schemastore.org/github-workflow.json' ",
    ),
    (
        "redhat-developer/vscode-yaml src/schema-extension-api.ts",
        "Illegal parameter for requestSchema.",
    ),
    (
        "microsoft/vscode-eslint client/src/client.ts",
        "ESLint settings migration failed. Please see the ESLint output channel for further details",
    ),
    (
        "microsoft/vscode-eslint client/src/client.ts",
        "ESLint server shut itself down. See 'ESLint' output channel for details.",
    ),
    (
        "microsoft/vscode-eslint client/src/client.ts",
        "Failed to apply ESLint fixes to the document. Please consider opening an issue with steps to reproduce.",
    ),
    (
        "microsoft/vscode-eslint client/src/extension.ts",
        "An ESLint configuration can only be generated if VS Code is opened on a workspace folder.",
    ),
    (
        "microsoft/vscode-eslint client/src/extension.ts",
        "The workspace already contains an ESLint configuration file.",
    ),
    (
        "microsoft/vscode-eslint client/src/extension.ts",
        "ESLint is not running because the deprecated setting 'eslint.enable' is set to false. Remove the setting and use the extension disablement feature.",
    ),
    (
        "microsoft/vscode-eslint client/src/extension.ts",
        "ESLint is not running. By default only TypeScript and JavaScript files are validated. If you want to validate other file types please specify them in the 'eslint.probe' setting.",
    ),
    ("microsoft/vscode-eslint client/src/client.ts", "ESLint server is starting."),
    (
        "microsoft/vscode-eslint client/src/client.ts",
        "Detected package manager(pnpm) differs from the one in the deprecated packageManager setting(npm). We will honor this setting until it is removed.",
    ),
    (
        "microsoft/vscode-eslint server/src/eslint.ts",
        "ESLint version 9.12.0 only supports flat configs. The useFlatConfig setting is ignored.",
    ),
    (
        "microsoft/vscode-eslint server/src/eslint.ts",
        "ESLint version 9.12.0 does not support bulk suppressions via the Node.js API. Upgrade to ESLint >= 10.1 or disable 'eslint.bulkSuppression.enable'.",
    ),
    (
        "prettier/prettier-vscode src/message.ts",
        "Your project is configured to use an outdated version of prettier that cannot be used by this extension. Upgrade to the latest version of prettier.",
    ),
    (
        "prettier/prettier-vscode src/message.ts",
        "`prettierPath` option does not reference a valid instance of Prettier. Please ensure you are passing a path to the prettier module, not the binary. Falling back to bundled version of prettier.",
    ),
    (
        "prettier/prettier-vscode src/message.ts",
        "Failed to load module. If you have prettier or plugins referenced in package.json, ensure you have run `npm install`",
    ),
    (
        "prettier/prettier-vscode src/message.ts",
        "To enable or disable prettier after changing the `enable` setting, you must restart VS Code.",
    ),
    (
        "prettier/prettier-vscode src/message.ts",
        "Extension is disabled. No formatters will be registered. To enable, change the `prettier.enable` to `true` and restart VS Code.",
    ),
    (
        "prettier/prettier-vscode src/message.ts",
        "Skipping Prettier config resolution in untrusted workspace. Config files are not loaded for security.",
    ),
    (
        "prettier/prettier-vscode src/PrettierEditService.ts",
        "No active document. Nothing was formatted.",
    ),
    ("prettier/prettier-vscode src/PrettierEditService.ts", "Document is already formatted."),
    ("prettier/prettier-vscode src/PrettierEditService.ts", "File is ignored, skipping."),
    (
        "prettier/prettier-vscode src/PrettierEditService.ts",
        "Failed to resolve a parser, skipping file. If you registered a custom file extension, be sure to configure the parser.",
    ),
    ("python/mypy mypy/message_registry.py", "Missing return statement"),
    ("python/mypy mypy/message_registry.py", "No return value expected"),
    (
        "python/mypy mypy/message_registry.py",
        "If the method is meant to be abstract, use @abc.abstractmethod",
    ),
    ("python/mypy mypy/message_registry.py", "Incompatible return value type"),
    ("python/mypy mypy/message_registry.py", "Exception must be derived from BaseException"),
    (
        "python/mypy mypy/message_registry.py",
        'The return type of a generator function should be "Generator" or one of its supertypes',
    ),
    ("python/mypy mypy/message_registry.py", 'Incompatible types in "await"'),
    ("python/mypy mypy/message_registry.py", "Tuple index out of range"),
    ("python/mypy mypy/message_registry.py", "Cannot infer type of lambda"),
    ("python/mypy mypy/message_registry.py", "Single overload definition, multiple required"),
    (
        "python/mypy mypy/message_registry.py",
        "Assertion is always true, perhaps remove parentheses?",
    ),
    ("python/mypy mypy/message_registry.py", 'Missing type arguments for generic type "dict"'),
    ("python/mypy mypy/message_registry.py", 'Cannot instantiate protocol class "SupportsInt"'),
    (
        "python/mypy mypy/message_registry.py",
        "ClassVar can only be used for assignments in class body",
    ),
    ("python/mypy mypy/message_registry.py", 'Too many arguments for "super"'),
    (
        "python/mypy mypy/message_registry.py",
        'Function "is_ready" could always be true in boolean context',
    ),
    ("python/mypy mypy/message_registry.py", 'Invalid "type: ignore" comment'),
    (
        "python/mypy mypy/message_registry.py",
        'Value of type "Coroutine[Any, Any, None]" must be used',
    ),
    (
        "pytest-dev/pytest src/_pytest/_io/terminalwriter.py",
        "PYTEST_THEME environment variable has an invalid value: 'monokai-dark'. Hint: See available pygments styles with `pygmentize -L styles`.",
    ),
    (
        "pytest-dev/pytest src/_pytest/_io/terminalwriter.py",
        "PYTEST_THEME_MODE environment variable has an invalid value: 'blue'. The allowed values are 'dark' (default) and 'light'.",
    ),
    ("pytest-dev/pytest src/_pytest/config/__init__.py", "plugin main cannot be disabled"),
    (
        "pytest-dev/pytest src/_pytest/config/__init__.py",
        "Missing required plugins: pytest-asyncio",
    ),
    (
        "pytest-dev/pytest src/_pytest/config/__init__.py",
        "Plugins may be specified as a sequence or a ','-separated string of plugin names. Got: 42",
    ),
    ("pytest-dev/pytest src/_pytest/main.py", "file or directory not found: tests/test_api.py"),
    (
        "pytest-dev/pytest src/_pytest/main.py",
        "module or package not found: app.tests (missing __init__.py?)",
    ),
    (
        "pytest-dev/pytest src/_pytest/main.py",
        "directory argument cannot contain :: selection parts: tests::test_add",
    ),
    (
        "pytest-dev/pytest src/_pytest/mark/__init__.py",
        "Keyword expressions do not support call parameters.",
    ),
    (
        "pytest-dev/pytest src/_pytest/mark/__init__.py",
        "Unknown marker(s) in '-m' expression: slow. Use 'pytest --markers' to see available markers.",
    ),
    (
        "pytest-dev/pytest src/_pytest/config/findpaths.py",
        "-o/--override-ini expects option=value style (got: 'xfail_strict').",
    ),
    (
        "pytest-dev/pytest src/_pytest/logging.py",
        "'VERBOSE' is not recognized as a logging level name for 'log_level'. Please consider passing the logging level num instead.",
    ),
    (
        "pytest-dev/pytest src/_pytest/python.py",
        "Unknown parametrize_long_str_id_strategy: 'full'. Valid values: disallow, legacy, sha256, short",
    ),
    (
        "pytest-dev/pytest src/_pytest/mark/structures.py",
        "'slow' not found in `markers` configuration option",
    ),
    (
        "pytest-dev/pytest src/_pytest/mark/structures.py",
        "Unknown 'parameterize' mark, did you mean 'parametrize'?",
    ),
    (
        "pytest-dev/pytest src/_pytest/python.py",
        "In tests/test_math.py::test_add: function uses no argument 'expected'",
    ),
    (
        "pytest-dev/pytest src/_pytest/python.py",
        "In tests/test_math.py::test_add: 3 parameter sets specified, with different number of ids: 2",
    ),
    (
        "pytest-dev/pytest src/_pytest/config/__init__.py",
        "<class 'ValueError'> is not a Warning subclass",
    ),
    (
        "python-poetry/poetry src/poetry/console/commands/add.py",
        "You can only add optional dependencies to the main group",
    ),
    ("python-poetry/poetry src/poetry/console/commands/build.py", "Invalid format: egg"),
    (
        "python-poetry/poetry src/poetry/console/commands/config.py",
        "You can not combine a setting value with --unset",
    ),
    (
        "python-poetry/poetry src/poetry/console/commands/config.py",
        "There is no testpypi repository defined",
    ),
    (
        "python-poetry/poetry src/poetry/console/commands/config.py",
        "You cannot remove the [repositories] section",
    ),
    (
        "python-poetry/poetry src/poetry/console/commands/config.py",
        "Setting virtualenvs.in-projects does not exist",
    ),
    (
        "python-poetry/poetry src/poetry/console/commands/config.py",
        '"maybe" is an invalid value for virtualenvs.create',
    ),
    ("python-poetry/poetry src/poetry/console/commands/config.py", "No local config file found"),
    (
        "python-poetry/poetry src/poetry/console/commands/publish.py",
        "Publishing a package is not possible in non-package mode.",
    ),
    (
        "python-poetry/poetry src/poetry/console/commands/version.py",
        "The project's version doesn't seem to follow semver",
    ),
    ("python-poetry/poetry src/poetry/console/commands/run.py", "Command not found: serve"),
    ("python-poetry/poetry src/poetry/factory.py", "Missing [url] in source 'pytorch'."),
    (
        "python-poetry/poetry src/poetry/installation/installer.py",
        "Extra [postgres] is not specified.",
    ),
    (
        "python-poetry/poetry src/poetry/packages/locker.py",
        "No lockfile found. Unable to read locked packages",
    ),
    (
        "python-poetry/poetry src/poetry/publishing/publisher.py",
        "Repository testpypi is not defined",
    ),
    (
        "python-poetry/poetry src/poetry/repositories/pypi_repository.py",
        "Package [torchvison] not found.",
    ),
    (
        "python-poetry/poetry src/poetry/repositories/legacy_repository.py",
        "The name [pypi] is reserved for repositories",
    ),
    (
        "python-poetry/poetry src/poetry/utils/wheel.py",
        "numpy-2.1.0.whl is not a valid wheel filename.",
    ),
    ("cli/cli pkg/cmd/auth/login/login.go", "specify only one of `--web` or `--with-token`"),
    (
        "cli/cli pkg/cmd/auth/refresh/refresh.go",
        "not logged in to any hosts. Use 'gh auth login' to authenticate with a host",
    ),
    ("cli/cli pkg/cmd/run/watch/watch.go", "found no in progress runs to watch"),
    (
        "cli/cli pkg/cmd/pr/merge/merge.go",
        "only one of --merge, --rebase, or --squash can be enabled",
    ),
    ("cli/cli pkg/cmd/run/cancel/cancel.go", "Cannot cancel a workflow run that is completed"),
    (
        "cli/cli pkg/cmd/run/rerun/rerun.go",
        "no recent runs have failed; please specify a specific `<run-id>`",
    ),
    ("cli/cli pkg/cmd/gist/edit/edit.go", "you do not own this gist"),
    (
        "cli/cli pkg/cmd/repo/sync/sync.go",
        "can't sync because there are diverging changes; use `--force` to overwrite the destination branch",
    ),
    ("cli/cli pkg/cmd/pr/create/create.go", "the `--draft` flag is not supported with `--web`"),
    (
        "cli/cli pkg/cmd/repo/setdefault/setdefault.go",
        "none of the git remotes correspond to a valid remote repository",
    ),
    ("cli/cli pkg/cmd/codespace/delete.go", "no codespaces to delete"),
    (
        "cli/cli pkg/cmd/release/download/download.go",
        'the value for `--archive` must be one of "zip" or "tar.gz"',
    ),
    (
        "cli/cli pkg/cmd/issue/create/create.go",
        "cannot open in browser: maximum URL length exceeded",
    ),
    ("cli/cli pkg/cmd/release/download/download.go", "no assets match the file pattern"),
    (
        "cli/cli pkg/cmd/repo/create/http.go",
        "internal repositories can only be created within an organization",
    ),
    ("cli/cli pkg/cmd/pr/create/create.go", "`--fill` is not supported with `--fill-first`"),
    (
        "cli/cli pkg/cmd/pr/review/review.go",
        "need exactly one of --approve, --request-changes, or --comment",
    ),
    ("cli/cli pkg/cmd/repo/garden/garden.go", "must be connected to a terminal"),
    ("git-lfs/git-lfs commands/command_checkout.go", "This operation must be run in a work tree."),
    (
        "git-lfs/git-lfs commands/command_checkout.go",
        "Cannot checkout LFS objects, Git LFS is not installed.",
    ),
    (
        "git-lfs/git-lfs commands/command_dedup.go",
        "Working tree is dirty. Please commit or reset your change.",
    ),
    ("git-lfs/git-lfs commands/command_fetch.go", "Cannot combine --all with --recent"),
    ("git-lfs/git-lfs commands/command_install.go", "Git LFS initialized."),
    (
        "git-lfs/git-lfs commands/command_install.go",
        "Run `git lfs install --force` to reset Git configuration.",
    ),
    (
        "git-lfs/git-lfs commands/command_install.go",
        "Only one of the --local, --system, --worktree, and --file options can be specified.",
    ),
    ("git-lfs/git-lfs commands/command_locks.go", "--cached option can't be combined with --limit"),
    ("git-lfs/git-lfs commands/command_ls_files.go", "Did you mean `git lfs ls-files --all --` ?"),
    (
        "git-lfs/git-lfs commands/command_migrate.go",
        "Cannot use --everything with --include-ref or --exclude-ref",
    ),
    ("git-lfs/git-lfs commands/command_migrate.go", "working copy must not be dirty"),
    (
        "git-lfs/git-lfs commands/command_migrate_import.go",
        "--no-rewrite and --fixup cannot be combined",
    ),
    (
        "git-lfs/git-lfs commands/command_migrate_import.go",
        "No Git LFS filters found in '.gitattributes'",
    ),
    (
        "git-lfs/git-lfs commands/command_merge_driver.go",
        "the --ancestor, --current, --other, and --output options are mandatory",
    ),
    ("git-lfs/git-lfs commands/command_dedup.go", "This system does not support de-duplication."),
    ("git-lfs/git-lfs lfsapi/auth.go", "warning: current Git remote contains credentials"),
    ("git-lfs/git-lfs lfshttp/client.go", "refusing insecure redirect: HTTPS to HTTP"),
    (
        "git-lfs/git-lfs tq/basic_download.go",
        'unsupported lfs.transfer.httpDownloadEncoding value "br": must be "gzip" or "zstd"',
    ),
    (
        "Homebrew/brew Library/Homebrew/dev-cmd/bump-formula-pr.rb",
        "You have too many PRs open: close or merge some first!",
    ),
    ("Homebrew/brew Library/Homebrew/cmd/deps.rb", "`brew deps --os=all` is not supported."),
    (
        "Homebrew/brew Library/Homebrew/dev-cmd/bump-unversioned-casks.rb",
        "Skipping, already checked within the last 24 hours.",
    ),
    (
        "Homebrew/brew Library/Homebrew/formula_creator.rb",
        "Version cannot be determined from URL. Explicitly set the version with `--set-version` instead.",
    ),
    (
        "Homebrew/brew Library/Homebrew/formula_installer.rb",
        "This keg was marked linked already, continuing anyway",
    ),
    (
        "Homebrew/brew Library/Homebrew/bundle/subcommand/exec.rb",
        "No command to execute was specified!",
    ),
    (
        "Homebrew/brew Library/Homebrew/dev-cmd/audit.rb",
        "`brew audit --changed` must be run inside a tap!",
    ),
    (
        "Homebrew/brew Library/Homebrew/formula_installer.rb",
        "The post-install step did not complete successfully",
    ),
    (
        "Homebrew/brew Library/Homebrew/formula_installer.rb",
        "The cleaning step did not complete successfully",
    ),
    (
        "Homebrew/brew Library/Homebrew/cmd/fetch.rb",
        "Bottle fetch failed, fetching the source instead.",
    ),
    (
        "Homebrew/brew Library/Homebrew/dev-cmd/formula-analytics.rb",
        "`$HOMEBREW_NO_ANALYTICS` is set!",
    ),
    (
        "Homebrew/brew Library/Homebrew/dev-cmd/formula-analytics.rb",
        "Analytics are only retained for 1 year, setting `--days-ago=365`.",
    ),
    ("Homebrew/brew Library/Homebrew/cmd/update.sh", "Can't find a working Git!"),
    (
        "Homebrew/brew Library/Homebrew/cmd/gist-logs.rb",
        "`brew gist-logs` requires `$HOMEBREW_GITHUB_API_TOKEN` to be set!",
    ),
    (
        "Homebrew/brew Library/Homebrew/dev-cmd/bump-cask-pr.rb",
        "No `--version`, `--url` or `--sha256` argument specified!",
    ),
    (
        "Homebrew/brew Library/Homebrew/dev-cmd/bump.rb",
        "A newer `curl` is required for Repology queries.",
    ),
    (
        "Homebrew/brew Library/Homebrew/dev-cmd/bump-formula-pr.rb",
        "`--revision` must be passed with either `--tag` or `--version`!",
    ),
    (
        "Homebrew/brew Library/Homebrew/exceptions.rb",
        "Formula installation already attempted: node",
    ),
]


# Batch J (holdout half): cline/cline, TabbyML/tabby, zed-industries/zed (language model
# crates), run-llama/llama_index, stanfordnlp/dspy, 567-labs/instructor, deepset-ai/haystack,
# UKPLab/sentence-transformers, huggingface/accelerate, microsoft/onnxruntime (Python),
# openai/tiktoken, oven-sh/bun, evanw/esbuild, jestjs/jest, vitest-dev/vitest, conda/conda.
BATCH_J: Final[list[tuple[str, str]]] = [
    (
        "cline/cline apps/vscode/src/config.ts",
        "ClineEndpoint not initialized. Call ClineEndpoint.initialize() first.",
    ),
    (
        "cline/cline apps/vscode/src/core/controller/account/requestyAuthClicked.ts",
        "Invalid Requesty base URL",
    ),
    (
        "cline/cline apps/vscode/src/core/controller/marketplace/marketplace-helpers.ts",
        "Failed to fetch marketplace catalog: 503 Service Unavailable",
    ),
    (
        "cline/cline apps/vscode/src/core/controller/mcp/updateMcpTimeout.ts",
        "Server name and timeout are required",
    ),
    (
        "cline/cline apps/vscode/src/core/controller/models/providerCatalogShared.ts",
        'mode must be "plan" or "act"',
    ),
    (
        "cline/cline apps/vscode/src/core/controller/models/updateApiConfigurationPartial.ts",
        "update_mask is required and must contain at least one field",
    ),
    (
        "cline/cline apps/vscode/src/core/task/tools/subagent/AgentConfigLoader.ts",
        "Missing system prompt body in agent config file.",
    ),
    (
        "cline/cline apps/vscode/src/extension.ts",
        "Could not find ripgrep binary",
    ),
    (
        "cline/cline apps/vscode/src/sdk/SdkController.ts",
        "Could not verify organization policy. Check your connection and try again.",
    ),
    (
        "cline/cline apps/vscode/src/sdk/SdkController.ts",
        "Workspace restore is only available for messages that started an agent run",
    ),
    (
        "cline/cline apps/vscode/src/sdk/auth-service.ts",
        "Invalid response from OpenRouter API",
    ),
    (
        "cline/cline apps/vscode/src/services/browser/BrowserSession.ts",
        "Chrome was launched but debug port is not responding",
    ),
    (
        "cline/cline apps/vscode/src/services/mcp/McpHub.ts",
        'Server "filesystem" is disabled and cannot be used',
    ),
    (
        "cline/cline apps/vscode/src/standalone/hostbridge-client.ts",
        "HostBridge health check timed out after 60000ms",
    ),
    (
        "cline/cline apps/vscode/src/utils/git.ts",
        "Not a git repository",
    ),
    (
        "cline/cline sdk/packages/core/src/extensions/mcp/oauth.ts",
        "OAuth authorization failed: state mismatch.",
    ),
    (
        "TabbyML/tabby crates/http-api-bindings/src/chat/mod.rs",
        "Model name is required",
    ),
    (
        "TabbyML/tabby crates/http-api-bindings/src/embedding/mod.rs",
        "model_name must be set for voyage/embedding",
    ),
    (
        "TabbyML/tabby crates/llama-cpp-server/src/lib.rs",
        "Chat model requires specifying prompt template",
    ),
    (
        "TabbyML/tabby crates/llama-cpp-server/src/supervisor.rs",
        "Failed to find available port",
    ),
    (
        "TabbyML/tabby crates/ollama-api-bindings/src/embedding.rs",
        "Failed to create connection to Ollama, URL invalid",
    ),
    (
        "TabbyML/tabby crates/tabby-crawler/src/lib.rs",
        "429 Too Many Requests, consider adjust your rate limit settings...",
    ),
    (
        "TabbyML/tabby crates/tabby-download/src/lib.rs",
        "Fetching 'https://huggingface.co/TabbyML/StarCoder-1B/resolve/main/ggml/model-00001-of-00001.gguf' failed: Server returned HTTP status client error (404 Not Found) for url (https://huggingface.co/TabbyML/StarCoder-1B/resolve/main/ggml/model-00001-of-00001.gguf) HTTP status",
    ),
    (
        "TabbyML/tabby crates/tabby/src/serve.rs",
        "Overriding chat model from config.toml. The overriding behavior might surprise you. Consider setting the model in config.toml directly.",
    ),
    (
        "TabbyML/tabby crates/tabby/src/services/tantivy.rs",
        "Index schema mismatch",
    ),
    (
        "TabbyML/tabby ee/tabby-db/src/threads.rs",
        "Cannot send two messages in a row with the same role",
    ),
    (
        "TabbyML/tabby ee/tabby-schema/src/juniper/relay/mod.rs",
        'The "first" and "last" parameters cannot exist at the same time',
    ),
    (
        "TabbyML/tabby ee/tabby-webserver/src/jwt.rs",
        "JWT token secret needs to be in standard uuid format to ensure its security, you might generate one at https://www.uuidgenerator.net",
    ),
    (
        "TabbyML/tabby ee/tabby-webserver/src/oauth/github.rs",
        "No Github OAuth credential found",
    ),
    (
        "TabbyML/tabby ee/tabby-webserver/src/service/auth.rs",
        "Changing passwords is disabled in demo mode",
    ),
    (
        "TabbyML/tabby ee/tabby-webserver/src/service/auth.rs",
        "LDAP is not configured",
    ),
    (
        "zed-industries/zed crates/language_model/src/language_model.rs",
        "prompt too large for context window",
    ),
    (
        "zed-industries/zed crates/language_model/src/language_model.rs",
        "missing OpenAI API key",
    ),
    (
        "zed-industries/zed crates/language_model/src/language_model.rs",
        "Anthropic's API rate limit exceeded",
    ),
    (
        "zed-industries/zed crates/language_model/src/language_model.rs",
        "Anthropic's API servers are overloaded right now",
    ),
    (
        "zed-industries/zed crates/language_model/src/language_model.rs",
        "invalid request format to Anthropic's API: max_tokens: Field required",
    ),
    (
        "zed-industries/zed crates/language_model/src/language_model.rs",
        "language model provider API endpoint not found",
    ),
    (
        "zed-industries/zed crates/language_model/src/language_model.rs",
        "I/O error reading response from Google AI's API",
    ),
    (
        "zed-industries/zed crates/language_model/src/language_model.rs",
        "error deserializing OpenRouter API response",
    ),
    (
        "zed-industries/zed crates/language_model/src/language_model.rs",
        "error sending HTTP request to Mistral API",
    ),
    (
        "zed-industries/zed crates/language_model/src/language_model.rs",
        "Stream ended without receiving a complete tool use",
    ),
    (
        "zed-industries/zed crates/language_model/src/language_model.rs",
        "received bad input JSON",
    ),
    (
        "zed-industries/zed crates/language_model/src/language_model.rs",
        "Context window limit exceeded (200000)",
    ),
    (
        "zed-industries/zed crates/language_model/src/language_model.rs",
        "credentials not found",
    ),
    (
        "zed-industries/zed crates/language_models/src/provider/ollama.rs",
        "invalid Ollama API key",
    ),
    (
        "zed-industries/zed crates/language_models/src/provider/ollama.rs",
        "To reset your API key, unset the OLLAMA_API_KEY environment variable.",
    ),
    (
        "run-llama/llama_index llama-index-core/llama_index/core/llms/utils.py",
        "`llama-index-llms-openai` package not found, please run `pip install llama-index-llms-openai`",
    ),
    (
        "run-llama/llama_index llama-index-core/llama_index/core/llms/utils.py",
        "\n******\nCould not load OpenAI model. If you intended to use OpenAI, please check your OPENAI_API_KEY.\nOriginal error:\nNo API key found for OpenAI.\nPlease set either the OPENAI_API_KEY environment variable or openai.api_key prior to initialization.\nAPI keys can be found or created at https://platform.openai.com/account/api-keys\n\n******",
    ),
    (
        "run-llama/llama_index llama-index-core/llama_index/core/llms/utils.py",
        "llm must start with str 'local' or of type LLM or BaseLanguageModel",
    ),
    (
        "run-llama/llama_index llama-index-core/llama_index/core/llms/utils.py",
        "`llama-index-llms-llama-cpp` package not found, please run `pip install llama-index-llms-llama-cpp`",
    ),
    (
        "run-llama/llama_index llama-index-core/llama_index/core/llms/utils.py",
        "LLM is explicitly disabled. Using MockLLM.",
    ),
    (
        "run-llama/llama_index llama-index-core/llama_index/core/llms/utils.py",
        "Malformed partial JSON encountered.",
    ),
    (
        "run-llama/llama_index llama-index-core/llama_index/core/embeddings/utils.py",
        "\n******\nCould not load OpenAI embedding model. If you intended to use OpenAI, please check your OPENAI_API_KEY.\nOriginal error:\nNo API key found for OpenAI.\nPlease set either the OPENAI_API_KEY environment variable or openai.api_key prior to initialization.\nAPI keys can be found or created at https://platform.openai.com/account/api-keys\n\nConsider using embed_model='local'.\nVisit our documentation for more embedding options: https://docs.llamaindex.ai/en/stable/module_guides/models/embeddings.html#modules\n******",
    ),
    (
        "run-llama/llama_index llama-index-core/llama_index/core/embeddings/utils.py",
        "embed_model must start with str 'local' or of type BaseEmbedding",
    ),
    (
        "run-llama/llama_index llama-index-core/llama_index/core/embeddings/utils.py",
        "Embeddings have been explicitly disabled. Using MockEmbedding.",
    ),
    (
        "run-llama/llama_index llama-index-core/llama_index/core/embeddings/utils.py",
        "`llama-index-embeddings-huggingface` package not found, please run `pip install llama-index-embeddings-huggingface`",
    ),
    (
        "run-llama/llama_index llama-index-core/llama_index/core/base/llms/generic_utils.py",
        "Did not find api_key, please add an environment variable `ANTHROPIC_API_KEY` which contains it, or pass  `api_key` as a named parameter.",
    ),
    (
        "run-llama/llama_index llama-index-core/llama_index/core/indices/base.py",
        "One of nodes, objects, or index_struct must be provided.",
    ),
    (
        "run-llama/llama_index llama-index-core/llama_index/core/indices/base.py",
        "The constructor now takes in a list of Node objects. Since you are passing in a list of Document objects, please use `from_documents` instead.",
    ),
    (
        "run-llama/llama_index llama-index-core/llama_index/core/indices/base.py",
        "delete() is now deprecated, please refer to delete_ref_doc() to delete ingested documents+nodes or delete_nodes to delete a list of nodes.",
    ),
    (
        "run-llama/llama_index llama-index-core/llama_index/core/indices/base.py",
        "update() is now deprecated, please refer to update_ref_doc() to update ingested documents+nodes.",
    ),
    (
        "stanfordnlp/dspy dspy/adapters/types/audio.py",
        "soundfile is required to process audio arrays.",
    ),
    (
        "stanfordnlp/dspy dspy/adapters/types/reasoning.py",
        "`content` field is required for `dspy.Reasoning`",
    ),
    (
        "stanfordnlp/dspy dspy/adapters/types/tool.py",
        "Arg query is not in the tool's args.",
    ),
    (
        "stanfordnlp/dspy dspy/clients/__init__.py",
        "Failed to initialize disk cache, falling back to memory-only cache: database is locked",
    ),
    (
        "stanfordnlp/dspy dspy/clients/embedding.py",
        "`model` in `dspy.Embedder` must be a string or a callable, but got <class 'int'>.",
    ),
    (
        "stanfordnlp/dspy dspy/clients/lm_local.py",
        "messages field is empty.",
    ),
    (
        "stanfordnlp/dspy dspy/datasets/dataloader.py",
        "Invalid input keys provided. Please provide a tuple of input keys.",
    ),
    (
        "stanfordnlp/dspy dspy/evaluate/evaluate.py",
        "`return_outputs` is no longer supported. Results are always returned inside the `results` field of the `EvaluationResult` object.",
    ),
    (
        "stanfordnlp/dspy dspy/predict/predict.py",
        "LM must be an instance of `dspy.BaseLM`, not <class 'str'>. Received `lm=openai/gpt-4o-mini`.",
    ),
    (
        "stanfordnlp/dspy dspy/predict/react.py",
        "Trajectory exceeded the context window, truncating the oldest tool call information.",
    ),
    (
        "stanfordnlp/dspy dspy/predict/rlm.py",
        "RLM reached max iterations, using extract to get final output",
    ),
    (
        "stanfordnlp/dspy dspy/primitives/example.py",
        "Inputs have not been set for this example. Use `example.with_inputs()` to set them.",
    ),
    (
        "stanfordnlp/dspy dspy/signatures/signature.py",
        "Invalid signature format: 'question, answer', must contain exactly one '->'.",
    ),
    (
        "stanfordnlp/dspy dspy/utils/parallelizer.py",
        "SIGINT received. Cancelling.",
    ),
    (
        "stanfordnlp/dspy dspy/teleprompt/bettertogether.py",
        "trainset cannot be empty",
    ),
    (
        "567-labs/instructor instructor/auto_client.py",
        "PERPLEXITY_API_KEY is not set. Set it with `export PERPLEXITY_API_KEY=<your-api-key>` or pass it as a kwarg api_key=<your-api-key>",
    ),
    (
        "567-labs/instructor instructor/cli/batch.py",
        "Only completed Jobs can be downloaded",
    ),
    (
        "567-labs/instructor instructor/client_anthropic.py",
        "Invalid mode 'Mode.TOOLS' for provider 'Anthropic'. Valid modes: Mode.ANTHROPIC_JSON, Mode.ANTHROPIC_TOOLS, Mode.ANTHROPIC_REASONING_TOOLS",
    ),
    (
        "567-labs/instructor instructor/exceptions.py",
        "The output is incomplete due to a max_tokens length limit.",
    ),
    (
        "567-labs/instructor instructor/function_calls.py",
        "You must call UserDetail in your response",
    ),
    (
        "567-labs/instructor instructor/multimodal.py",
        "URL must start with gs://",
    ),
    (
        "567-labs/instructor instructor/multimodal.py",
        "Invalid or unsupported base64 image data",
    ),
    (
        "567-labs/instructor instructor/multimodal.py",
        "Image file is empty",
    ),
    (
        "567-labs/instructor instructor/multimodal.py",
        "OpenAI Responses doesn't support audio",
    ),
    (
        "567-labs/instructor instructor/multimodal.py",
        "Unable to read PDF file",
    ),
    (
        "567-labs/instructor instructor/multimodal.py",
        "Failed to fetch PDF from URL",
    ),
    (
        "567-labs/instructor instructor/patch.py",
        "Cannot provide both 'context' and 'validation_context'. Use 'context' instead.",
    ),
    (
        "567-labs/instructor instructor/process_response.py",
        "stream=True is not supported when using PARALLEL_TOOLS mode",
    ),
    (
        "567-labs/instructor instructor/process_response.py",
        "Gemini `model` must be set while patching the client, not passed as a parameter to the create method",
    ),
    (
        "567-labs/instructor instructor/validators.py",
        "Invalid Parameter Count!",
    ),
    (
        "deepset-ai/haystack haystack/components/converters/msg.py",
        "The MSG file is encrypted and cannot be read.",
    ),
    (
        "deepset-ai/haystack haystack/components/generators/chat/mock.py",
        "Pass either 'responses' or 'response_fn', not both.",
    ),
    (
        "deepset-ai/haystack haystack/components/generators/openai_image_generator.py",
        "Invalid quality: ultra. Defaulting to 'auto'.",
    ),
    (
        "deepset-ai/haystack haystack/components/joiners/document_joiner.py",
        "The provided `weights` must not sum to zero.",
    ),
    (
        "deepset-ai/haystack haystack/components/preprocessors/embedding_based_document_splitter.py",
        "sentences_per_group must be greater than 0.",
    ),
    (
        "deepset-ai/haystack haystack/components/rankers/llm_ranker.py",
        "top_k must be > 0, but got 0",
    ),
    (
        "deepset-ai/haystack haystack/components/retrievers/auto_merging_retriever.py",
        "The threshold parameter must be between 0 and 1.",
    ),
    (
        "deepset-ai/haystack haystack/components/retrievers/in_memory/embedding_retriever.py",
        "document_store must be an instance of InMemoryDocumentStore",
    ),
    (
        "deepset-ai/haystack haystack/core/pipeline/base.py",
        "Missing mandatory input 'query' for component 'retriever'.",
    ),
    (
        "deepset-ai/haystack haystack/core/pipeline/draw.py",
        "Scale is only allowed when width or height is set.",
    ),
    (
        "deepset-ai/haystack haystack/core/super_component/super_component.py",
        "Pipeline must be provided to SuperComponent.",
    ),
    (
        "deepset-ai/haystack haystack/dataclasses/chat_message.py",
        "To be used with OpenAI, tool results must be a string or a list of TextContent",
    ),
    (
        "deepset-ai/haystack haystack/dataclasses/sparse_embedding.py",
        "Length of indices and values must be the same.",
    ),
    (
        "deepset-ai/haystack haystack/utils/auth.py",
        "None of the following authentication environment variables are set: ['OPENAI_API_KEY']",
    ),
    (
        "deepset-ai/haystack haystack/utils/jinja2_chat_extension.py",
        "Assistant message must contain at least one text or tool call part.",
    ),
    (
        "deepset-ai/haystack haystack/tools/searchable_toolset.py",
        "SearchableToolset does not support adding new tools after initialization.",
    ),
    (
        "UKPLab/sentence-transformers sentence_transformers/SentenceTransformer.py",
        "Precision 'float16' is not supported",
    ),
    (
        "UKPLab/sentence-transformers sentence_transformers/SentenceTransformer.py",
        "No sentence-transformers model found with name bert-base-uncased. Creating a new one with mean pooling.",
    ),
    (
        "UKPLab/sentence-transformers sentence_transformers/backend/optimize.py",
        "Please install Optimum and ONNX Runtime to use this function. You can install them with pip: `pip install optimum[onnxruntime]` or `pip install optimum[onnxruntime-gpu]`",
    ),
    (
        "UKPLab/sentence-transformers sentence_transformers/backend/quantize.py",
        'The model must be a Transformer-based SentenceTransformer, SparseEncoder, or CrossEncoder model loaded with `backend="openvino"`.',
    ),
    (
        "UKPLab/sentence-transformers sentence_transformers/cross_encoder/losses/LambdaLoss.py",
        "LambdaLoss expects two inputs (queries, documents_list), but got 3 inputs.",
    ),
    (
        "UKPLab/sentence-transformers sentence_transformers/losses/CachedGISTEmbedLoss.py",
        "Both the training model and the guiding model must have a tokenizer attribute.",
    ),
    (
        "UKPLab/sentence-transformers sentence_transformers/losses/DenoisingAutoEncoderLoss.py",
        "When tie_encoder_decoder=True, the decoder_name_or_path will be invalid.",
    ),
    (
        "UKPLab/sentence-transformers sentence_transformers/models/StaticEmbedding.py",
        "To use this method, please install the `model2vec` package: `pip install model2vec`",
    ),
    (
        "UKPLab/sentence-transformers sentence_transformers/losses/SoftmaxLoss.py",
        "SoftmaxLoss requires transformers >= 4.43.0 to work correctly. Otherwise, the classifier layer that maps embeddings to the labels cannot be updated. Consider updating transformers with `pip install transformers>=4.43.0`.",
    ),
    (
        "UKPLab/sentence-transformers sentence_transformers/peft_mixin.py",
        "PEFT methods are only supported for Sentence Transformer models that use the Transformer module.",
    ),
    (
        "UKPLab/sentence-transformers sentence_transformers/sparse_encoder/models/SpladePooling.py",
        "Ran out of memory during SpladePooling. Consider setting or decreasing the 'chunk_size' parameter. Smaller chunk_size reduces memory usage at the cost of slower processing, but will allow for larger batch sizes.",
    ),
    (
        "UKPLab/sentence-transformers sentence_transformers/trainer.py",
        "`compute_metrics` is currently not compatible with the SentenceTransformerTrainer. Please use the `evaluator` argument instead for detailed evaluation metrics, or the `eval_dataset` argument for the evaluation loss.",
    ),
    (
        "UKPLab/sentence-transformers sentence_transformers/trainer.py",
        "When using an IterableDataset, you cannot specify a batch sampler.",
    ),
    (
        "UKPLab/sentence-transformers sentence_transformers/training_args.py",
        "The `learning_rate_mapping` argument must be a dictionary mapping parameter name regular expressions to learning rates. A stringified dictionary also works.",
    ),
    (
        "UKPLab/sentence-transformers sentence_transformers/quantization.py",
        'Rescoring is enabled but the corpus is not quantized. Either pass `rescore=False` or quantize the corpus embeddings with `quantize_embeddings(embeddings, precision="...") `and pass `corpus_precision="..."` to `semantic_search_usearch`.',
    ),
    (
        "huggingface/accelerate src/accelerate/accelerator.py",
        "`fsdp_plugin` must be a FullyShardedDataParallelPlugin object.",
    ),
    (
        "huggingface/accelerate src/accelerate/accelerator.py",
        "fp16 mixed precision with MPS device requires a Pytorch >= 2.5.0",
    ),
    (
        "huggingface/accelerate src/accelerate/accelerator.py",
        "The `on_main_process` decorator must be called with a function on an instantiated `Accelerator` object.",
    ),
    (
        "huggingface/accelerate src/accelerate/accelerator.py",
        "`torchao` was not found on your system or is too old of a version. Please ensure that `torchao >= 0.6.1` is installed",
    ),
    (
        "huggingface/accelerate src/accelerate/accelerator.py",
        "Either specify a scheduler in the config file or pass in the `lr_scheduler_callable` parameter when using `accelerate.utils.DummyScheduler`.",
    ),
    (
        "huggingface/accelerate src/accelerate/accelerator.py",
        "No input_dir provided and automatic checkpoint naming is disabled.",
    ),
    (
        "huggingface/accelerate src/accelerate/big_modeling.py",
        "We've detected an older driver with an RTX 4000 series GPU. These drivers have issues with P2P. This can affect the multi-gpu inference when using accelerate device_map.Please make sure to update your driver to the latest version which resolves this.",
    ),
    (
        "huggingface/accelerate src/accelerate/commands/config/config_args.py",
        "A `distributed_type` must be specified in the config file.",
    ),
    (
        "huggingface/accelerate src/accelerate/commands/launch.py",
        "You cannot use `--use_parallelism_config` without `--use_fsdp` and `--fsdp_version=2`. ",
    ),
    (
        "huggingface/accelerate src/accelerate/launchers.py",
        "CUDA has been initialized before the `notebook_launcher` could create a forked subprocess. This likely stems from an outside import causing issues once the `notebook_launcher()` is called. Please review your imports and test them when running the `notebook_launcher()` to identify which one is problematic and causing CUDA to be initialized.",
    ),
    (
        "huggingface/accelerate src/accelerate/state.py",
        "DeepSpeed is not available => install it using `pip3 install deepspeed` or build it from source",
    ),
    (
        "huggingface/accelerate src/accelerate/state.py",
        "Please make sure to properly initialize your accelerator via `accelerator = Accelerator()` before using any functionality from the `accelerate` library.",
    ),
    (
        "huggingface/accelerate src/accelerate/utils/launch.py",
        "mpirun or mpiexec were not found. Ensure that Intel MPI, Open MPI, or MVAPICH are installed.",
    ),
    (
        "huggingface/accelerate src/accelerate/utils/modeling.py",
        "Grad Scaler with MPS device requires a Pytorch >= 2.8.0",
    ),
    (
        "huggingface/accelerate src/accelerate/tracking.py",
        "Logging with `tensorboard` requires a `logging_dir` to be passed in.",
    ),
    (
        "microsoft/onnxruntime onnxruntime/python/onnxruntime_inference_collection.py",
        "Unsupported device type: dml",
    ),
    (
        "microsoft/onnxruntime onnxruntime/python/onnxruntime_inference_collection.py",
        "Specified provider 'CUDAExecutionProvider' is unavailable. Available providers: 'CPUExecutionProvider'",
    ),
    (
        "microsoft/onnxruntime onnxruntime/python/onnxruntime_inference_collection.py",
        "Duplicate provider 'CPUExecutionProvider' encountered, ignoring.",
    ),
    (
        "microsoft/onnxruntime onnxruntime/python/onnxruntime_inference_collection.py",
        "'providers' and 'provider_options' should be the same length if both are given.",
    ),
    (
        "microsoft/onnxruntime onnxruntime/python/onnxruntime_inference_collection.py",
        "Only string values for 'providers' are supported if 'provider_options' is given.",
    ),
    (
        "microsoft/onnxruntime onnxruntime/python/onnxruntime_inference_collection.py",
        "'providers' values must be either strings or (string, dict) tuples.",
    ),
    (
        "microsoft/onnxruntime onnxruntime/python/onnxruntime_inference_collection.py",
        "Model requires 2 inputs. Input Feed contains 1",
    ),
    (
        "microsoft/onnxruntime onnxruntime/python/onnxruntime_inference_collection.py",
        "Falling back to ['CPUExecutionProvider'] and retrying.",
    ),
    (
        "microsoft/onnxruntime onnxruntime/python/onnxruntime_inference_collection.py",
        "Unable to load from type '<class 'pathlib.PosixPath'>'",
    ),
    (
        "microsoft/onnxruntime onnxruntime/python/onnxruntime_inference_collection.py",
        "`element_type` and `shape` are to be provided if pre-allocated memory is provided",
    ),
    (
        "microsoft/onnxruntime onnxruntime/python/onnxruntime_inference_collection.py",
        "`Provided ortvalue` needs to be of type `onnxruntime.capi.onnxruntime_pybind11_state.OrtValue`",
    ),
    (
        "microsoft/onnxruntime onnxruntime/python/onnxruntime_inference_collection.py",
        "This ORT build has ['TensorrtExecutionProvider', 'CUDAExecutionProvider', 'CPUExecutionProvider'] enabled. Since ORT 1.9, you are required to explicitly set the providers parameter when instantiating InferenceSession. For example, onnxruntime.InferenceSession(..., providers=['TensorrtExecutionProvider', 'CUDAExecutionProvider', 'CPUExecutionProvider'], ...)",
    ),
    (
        "microsoft/onnxruntime onnxruntime/python/onnxruntime_validation.py",
        "Unsupported macOS version (20.6.0). ONNX Runtime supports macOS 11.0 or later.",
    ),
    (
        "microsoft/onnxruntime onnxruntime/python/onnxruntime_validation.py",
        "WARNING: failed to find cudart version that matches onnxruntime build info",
    ),
    (
        "microsoft/onnxruntime onnxruntime/python/onnxruntime_validation.py",
        "Unsupported platform (freebsd). ONNX Runtime supports Linux, macOS and Windows platforms, only.",
    ),
    (
        "openai/tiktoken tiktoken/core.py",
        "Encountered text corresponding to disallowed special token '<|endoftext|>'.\nIf you want this text to be encoded as a special token, pass it to `allowed_special`, e.g. `allowed_special={'<|endoftext|>', ...}`.\nIf you want this text to be encoded as normal text, disable the check for this token by passing `disallowed_special=(enc.special_tokens_set - {'<|endoftext|>'})`.\nTo disable this check for all special tokens, pass `disallowed_special=()`.\n",
    ),
    (
        "openai/tiktoken tiktoken/load.py",
        "blobfile is not installed. Please install it by running `pip install blobfile`.",
    ),
    (
        "openai/tiktoken tiktoken/load.py",
        "Hash mismatch for data downloaded from https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken (expected 223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7). This may indicate a corrupted download. Please try again.",
    ),
    (
        "openai/tiktoken tiktoken/model.py",
        "Could not automatically map claude-3-5-sonnet-20241022 to a tokeniser. Please use `tiktoken.get_encoding` to explicitly get the tokeniser you expect.",
    ),
    (
        "openai/tiktoken tiktoken/registry.py",
        "Expected a string in get_encoding, got <class 'NoneType'>",
    ),
    (
        "openai/tiktoken tiktoken/registry.py",
        "Unknown encoding cl200k_base.\nPlugins found: ['tiktoken_ext.openai_public']\ntiktoken version: 0.12.0 (are you on latest?)",
    ),
    (
        "openai/tiktoken tiktoken/registry.py",
        "tiktoken plugin tiktoken_ext.my_encodings does not define ENCODING_CONSTRUCTORS",
    ),
    (
        "openai/tiktoken src/py.rs",
        "View is null",
    ),
    (
        "openai/tiktoken src/py.rs",
        "Object is not writable",
    ),
    (
        "openai/tiktoken tiktoken/_educational.py",
        "vocab_size must be at least 256, so we can encode all bytes",
    ),
    (
        "openai/tiktoken src/lib.rs",
        "Invalid token for decoding: 200019",
    ),
    (
        "openai/tiktoken src/lib.rs",
        "Regex error while tokenizing: Error executing regex: Max stack size exceeded for backtracking",
    ),
    (
        "oven-sh/bun src/cli/upgrade_command.zig",
        "JSON error - expected an object but received e_array",
    ),
    (
        "oven-sh/bun src/cli/upgrade_command.zig",
        "error: This command updates Bun itself, and does not take package names.\nnote: Use `bun update react` instead.",
    ),
    (
        "oven-sh/bun src/cli/upgrade_command.zig",
        "Bun upgrade failed with error: HTTP404\n\nPlease upgrade manually:\n  curl -fsSL https://bun.com/install | bash\n\n",
    ),
    (
        "oven-sh/bun src/cli/upgrade_command.zig",
        "Congrats! You're already on the latest version of Bun (which is v1.2.21)",
    ),
    (
        "oven-sh/bun src/cli/upgrade_command.zig",
        "error: Bun versions are currently unavailable (the latest version name didn't match the expeccted format)",
    ),
    (
        "oven-sh/bun src/cli/upgrade_command.zig",
        "Bun v1.2.21 is out! You're on v1.2.19\n",
    ),
    (
        "oven-sh/bun src/cli/upgrade_command.zig",
        "Downgrading from Bun 1.2.22-canary to Bun v1.2.21\n",
    ),
    (
        "oven-sh/bun src/cli/upgrade_command.zig",
        "error: Failed to download the latest version of Bun. Received empty content",
    ),
    (
        "oven-sh/bun src/cli/upgrade_command.zig",
        "error: Failed to open temporary directory: AccessDenied",
    ),
    (
        "oven-sh/bun src/cli/upgrade_command.zig",
        'error: Failed to locate "unzip" in PATH. bun upgrade needs "unzip" to work.',
    ),
    (
        "oven-sh/bun src/cli/upgrade_command.zig",
        "error: Failed to spawn unzip due to FileNotFound.",
    ),
    (
        "oven-sh/bun src/cli/upgrade_command.zig",
        "Unzip failed (exit code: 9)",
    ),
    (
        "oven-sh/bun src/cli/upgrade_command.zig",
        "error: Failed to unzip bun.zip due to PowerShell not being installed.",
    ),
    (
        "oven-sh/bun src/cli/bunx_command.zig",
        "error: Only one package can be installed & run at a time right now",
    ),
    (
        "oven-sh/bun src/cli/bunx_command.zig",
        "error: could not determine executable to run for package create-vite",
    ),
    (
        "evanw/esbuild internal/js_parser/js_parser.go",
        "TypeScript experimental decorators cannot be used on private identifiers",
    ),
    (
        "evanw/esbuild internal/js_parser/js_parser.go",
        "Class constructor cannot be an async function",
    ),
    (
        "evanw/esbuild internal/js_parser/js_parser.go",
        "Invalid binding pattern",
    ),
    (
        "evanw/esbuild internal/js_parser/js_parser.go",
        "The JSX syntax extension is not currently enabled",
    ),
    (
        "evanw/esbuild internal/js_parser/js_parser.go",
        "Template literals cannot have an optional chain as a tag",
    ),
    (
        "evanw/esbuild internal/js_parser/js_parser.go",
        "Decorators are not valid here",
    ),
    (
        "evanw/esbuild internal/js_parser/js_parser.go",
        "Parameter decorators only work when experimental decorators are enabled",
    ),
    (
        "evanw/esbuild internal/js_parser/js_parser.go",
        "A return statement cannot be used here:",
    ),
    (
        "evanw/esbuild internal/js_parser/js_parser.go",
        'There is no containing label named "outer"',
    ),
    (
        "evanw/esbuild internal/js_parser/js_parser.go",
        'Private name "#count" must be declared in an enclosing class',
    ),
    (
        "evanw/esbuild pkg/api/api_impl.go",
        'Invalid output extension: ".ts" (valid: .css, .js)',
    ),
    (
        "evanw/esbuild pkg/api/api_impl.go",
        "Cannot use an external source map without an output path",
    ),
    (
        "evanw/esbuild pkg/api/api_impl.go",
        "The build was canceled",
    ),
    (
        "evanw/esbuild pkg/api/api_impl.go",
        "Cannot transform with linked legal comments",
    ),
    (
        "evanw/esbuild pkg/api/api_impl.go",
        'Cannot use both "outfile" and "outdir"',
    ),
    (
        "evanw/esbuild pkg/api/api_impl.go",
        'Cannot use "alias" without "bundle"',
    ),
    (
        "jestjs/jest packages/expect/src/index.ts",
        "Unexpected return from a matcher function.\nMatcher functions should return an object in the following format:\n  {message?: string | function, pass: boolean}\n'undefined' was returned",
    ),
    (
        "jestjs/jest packages/jest-circus/src/legacy-code-todo-rewrite/jestAdapterInit.ts",
        "Cannot set retry options after tests have started running. Retry options must be set synchronously.",
    ),
    (
        "jestjs/jest packages/jest-cli/src/args.ts",
        "The --maxWorkers (-w) option requires a number or string to be specified.\nExample usage: jest --maxWorkers 2\nExample usage: jest --maxWorkers 50%\nOr did you mean --watch?",
    ),
    (
        "jestjs/jest packages/jest-config/src/index.ts",
        "Jest: Cannot use configuration as an object without a file path.",
    ),
    (
        "jestjs/jest packages/jest-config/src/parseShardPair.ts",
        "The shard option requires 1-based values, received 0 or lower in the pair.",
    ),
    (
        "jestjs/jest packages/jest-core/src/cli/index.ts",
        "AggregatedResult must be present after test run is complete",
    ),
    (
        "jestjs/jest packages/jest-each/src/validation.ts",
        "Error: `.each` called with an empty Tagged Template Literal of table data.\n",
    ),
    (
        "jestjs/jest packages/jest-environment-node/src/index.ts",
        "Custom export conditions specified but they are not an array of strings",
    ),
    (
        "jestjs/jest packages/jest-haste-map/src/index.ts",
        "jest-haste-map: enableSymlinks config option was set, but is incompatible with watchman.\nSet either `enableSymlinks` to false or `useWatchman` to false.",
    ),
    (
        "jestjs/jest packages/jest-jasmine2/src/jasmine/Env.ts",
        "Missing second argument. It must be a callback function.",
    ),
    (
        "jestjs/jest packages/jest-mock/src/index.ts",
        "Cannot use spyOn on a primitive value; undefined given",
    ),
    (
        "jestjs/jest packages/jest-runtime/src/internals/cjsRequire.ts",
        "module.register() is not supported in Jest: the hooks would attach to the module loader running Jest itself, not to the sandboxed require/import used by test code, and would stay registered for every later test file in this worker. Use Jest's own customization points (transform, resolver, moduleNameMapper) instead.",
    ),
    (
        "jestjs/jest packages/jest-runtime/src/internals/EsmLoader.ts",
        "Attempting to import a mock without a factory",
    ),
    (
        "jestjs/jest packages/jest-runtime/src/internals/V8CoverageCollector.ts",
        "You need to call `collectV8Coverage` first.",
    ),
    (
        "jestjs/jest packages/jest-worker/src/workers/messageParent.ts",
        '"messageParent" can only be used inside a worker',
    ),
    (
        "vitest-dev/vitest packages/browser-playwright/src/commands/trace.ts",
        "This command can only be called inside a test file.",
    ),
    (
        "vitest-dev/vitest packages/browser/src/client/tester/context.ts",
        'Method "getByAltText" is not supported by the "webdriverio" provider.',
    ),
    (
        "vitest-dev/vitest packages/browser/src/client/tester/expect/toHaveClass.ts",
        "Exact option does not support RegExp expected class names",
    ),
    (
        "vitest-dev/vitest packages/browser/src/client/tester/locators.ts",
        "Locator.filter expects at least one filter. None provided.",
    ),
    (
        "vitest-dev/vitest packages/browser/src/node/rpc.ts",
        "Commands are only available for browser tests.",
    ),
    (
        "vitest-dev/vitest packages/coverage-v8/src/index.ts",
        "V8 provider missing inspector session.",
    ),
    (
        "vitest-dev/vitest packages/mocker/src/registry.ts",
        "[vitest] Redirect mocks require a redirect string.",
    ),
    (
        "vitest-dev/vitest packages/vitest/src/integrations/snapshot/chai.ts",
        "expected must be a function, received string",
    ),
    (
        "vitest-dev/vitest packages/vitest/src/integrations/vi.ts",
        "vi.doMock() expects a string path, but received a undefined",
    ),
    (
        "vitest-dev/vitest packages/vitest/src/node/config/resolveConfig.ts",
        'Your config.test.environment ("jsdom") conflicts with --dom flag ("happy-dom"), ignoring "jsdom"',
    ),
    (
        "vitest-dev/vitest packages/vitest/src/node/coverage.ts",
        'Missing configurationFile. The "coverage.thresholds.autoUpdate" can only be enabled when configuration file is used.',
    ),
    (
        "vitest-dev/vitest packages/vitest/src/node/core.ts",
        "Vitest received --browser flag, but no project had a browser configuration.",
    ),
    (
        "vitest-dev/vitest packages/vitest/src/node/core.ts",
        "close timed out after 10000ms",
    ),
    (
        "vitest-dev/vitest packages/vitest/src/runtime/runner/suite.ts",
        'Signature "test(name, fn, { ... })" was deprecated in Vitest 3 and removed in Vitest 4. Please, provide options as a second argument instead.',
    ),
    (
        "vitest-dev/vitest packages/web-worker/src/utils.ts",
        '[@vitest/web-worker] Cannot initiate a custom Web Worker. "SharedWorker" is not supported in this environment. Please, consider using jsdom or happy-dom environment.',
    ),
    (
        "conda/conda conda/exceptions.py",
        "Could not find conda environment: py311\nYou can list all discoverable environments with `conda info --envs`.\n",
    ),
    (
        "conda/conda conda/exceptions.py",
        "This conda installation has no default base environment. Use\n'conda create' to create new environments and 'conda activate' to\nactivate environments.\n",
    ),
    (
        "conda/conda conda/exceptions.py",
        "Conda cannot proceed due to an error in your proxy configuration.\nCheck for typos and other configuration errors in any '.netrc' file in your home directory,\nany environment variables ending in '_PROXY', and any other system-wide proxy\nconfiguration settings.\n",
    ),
    (
        "conda/conda conda/exceptions.py",
        "HTTP 404 NOT FOUND for channel bioconda <https://conda.anaconda.org/bioconda>\n\nThe channel is not accessible or is invalid.\n\nYou will need to adjust your conda configuration to proceed.\nUse `conda config --show channels` to view your configuration's current state,\nand use `conda config --show-sources` to view config file locations.\n",
    ),
    (
        "conda/conda conda/gateways/repodata/__init__.py",
        "HTTP 000 CONNECTION FAILED for url <https://conda.anaconda.org/conda-forge/linux-64/repodata.json>\nElapsed: -\n\nAn HTTP error occurred when trying to retrieve this URL.\nHTTP errors are often intermittent, and a simple retry will get you on your way.\n'https://conda.anaconda.org/conda-forge/linux-64'\n",
    ),
    (
        "conda/conda conda/gateways/repodata/__init__.py",
        "HTTP 503 SERVICE UNAVAILABLE for url <https://repo.anaconda.com/pkgs/main/osx-arm64/repodata.json>\nElapsed: 00:00.512340\n\nA remote server error occurred when trying to retrieve this URL.\n\nA 500-type error (e.g. 500, 501, 502, 503, etc.) indicates the server failed to\nfulfill a valid request.  The problem may be spurious, and will resolve itself if you\ntry your request again.  If the problem persists, consider notifying the maintainer\nof the remote server.\n",
    ),
    (
        "conda/conda conda/gateways/repodata/__init__.py",
        "HTTP 401 UNAUTHORIZED for url <https://conda.anaconda.org/pytorch/linux-64/repodata.json>\nElapsed: 00:00.231870\n\nThe credentials you have provided for this URL are invalid.\n\nYou will need to modify your conda configuration to proceed.\nUse `conda config --show` to view your configuration's current state.\nFurther configuration help can be found at <https://conda.io/docs/config.html>.\n",
    ),
    (
        "conda/conda conda/exceptions.py",
        "The following packages are not available from current channels:\n\n  - tensorflow-gpu=1.15\n\nCurrent channels:\n\n  - https://repo.anaconda.com/pkgs/main/osx-arm64\n  - https://repo.anaconda.com/pkgs/main/noarch\n  - https://repo.anaconda.com/pkgs/r/osx-arm64\n  - https://repo.anaconda.com/pkgs/r/noarch\n\nTo search for alternate channels that may provide the conda package you're\nlooking for, navigate to\n\n    https://anaconda.org\n\nand use the search bar at the top of the page.\n",
    ),
    (
        "conda/conda conda/exceptions.py",
        "No channels are configured. Conda requires at least one channel to search for packages.\n\nYou have attempted to install: numpy\n\nTo fix this issue, you may do one of the following:\n\n  1. Add a channel for this command:\n     conda install -c <your-channel> numpy\n\n  2. Configure channels permanently:\n     conda config --append channels <your-channel>\n\n  3. Create or modify your .condarc file to include channels.\n\nFor more information, visit: https://docs.conda.io/projects/conda/en/stable/user-guide/configuration/use-condarc.html#channel-locations-channels\nand https://docs.conda.io/projects/conda/en/stable/user-guide/concepts/channels.html#specifying-channels-when-installing-packages\n",
    ),
    (
        "conda/conda conda/exceptions.py",
        "To use 'conda build', install conda-build.",
    ),
    (
        "conda/conda conda/cli/main_run.py",
        "No command specified. Please provide a command to run.",
    ),
    (
        "conda/conda conda/core/prefix_data.py",
        "Environment names cannot contain path separators",
    ),
    (
        "conda/conda conda/utils.py",
        "No compatible shell found!",
    ),
    (
        "conda/conda conda/cli/main_info.py",
        "Error importing conda-build: No module named 'conda_build'",
    ),
    (
        "conda/conda conda/resolve.py",
        "Could not run SAT solver through interface 'pycryptosat'.",
    ),
]


# Batch K: langchain-ai/langchainjs, vercel/ai, microsoft/autogen, crewAIInc/crewAI, google-gemini/generative-ai-js, aws/aws-sdk-js-v3, ggml-org/whisper.cpp, microsoft/vscode-jupyter, microsoft/vscode-languageserver-node, eslint/eslint, babel/babel, rollup/rollup, yarnpkg/berry, rust-lang/rustup, numpy/numpy, pandas-dev/pandas.
BATCH_K: Final[list[tuple[str, str]]] = [
    (
        "langchain-ai/langchainjs libs/langchain-core/src/language_models/chat_models.ts",
        "Received empty response from chat model call.",
    ),
    (
        "langchain-ai/langchainjs libs/langchain-core/src/language_models/chat_models.ts",
        "Model invocation was aborted.",
    ),
    (
        "langchain-ai/langchainjs libs/langchain-core/src/language_models/chat_models.ts",
        'Chat model must implement ".bindTools()" to use withStructuredOutput.',
    ),
    (
        "langchain-ai/langchainjs libs/langchain-core/src/language_models/chat_models.ts",
        'Base withStructuredOutput implementation only supports "functionCalling" as a method.',
    ),
    (
        "langchain-ai/langchainjs libs/langchain-core/src/language_models/chat_models.ts",
        "Input is not an AIMessageChunk.",
    ),
    (
        "langchain-ai/langchainjs libs/langchain-core/src/language_models/chat_models.ts",
        "No tool calls found in the response.",
    ),
    (
        "langchain-ai/langchainjs libs/langchain-core/src/language_models/chat_models.ts",
        "No tool call found with name extract.",
    ),
    (
        "langchain-ai/langchainjs libs/langchain-core/src/language_models/chat_models.ts",
        "Cannot generate with a simple chat model when output is not a string.",
    ),
    (
        "langchain-ai/langchainjs libs/langchain-core/src/prompts/chat.ts",
        "Only one format variable allowed per image template.\nGot: url,detail\nFrom: {url}{detail}",
    ),
    (
        "langchain-ai/langchainjs libs/langchain-core/src/prompts/chat.ts",
        'Could not coerce message prompt template from input. Received message type: "tool".',
    ),
    (
        "langchain-ai/langchainjs libs/langchain-core/src/prompts/chat.ts",
        "Input variables `topic` are not used in any of the prompt messages.",
    ),
    (
        "langchain-ai/langchainjs libs/langchain-core/src/runnables/base.ts",
        'Passed "options" must be an array with the same length as the inputs, but got 2 options for 3 inputs',
    ),
    (
        "langchain-ai/langchainjs libs/langchain-core/src/runnables/base.ts",
        "Provided runId will be used only for the first element of the batch.",
    ),
    (
        "langchain-ai/langchainjs libs/langchain-core/src/runnables/base.ts",
        'Only versions "v1" and "v2" of the schema are currently supported.',
    ),
    (
        "langchain-ai/langchainjs libs/langchain-core/src/runnables/base.ts",
        "Recursion limit reached.",
    ),
    (
        "langchain-ai/langchainjs libs/langchain-core/src/runnables/base.ts",
        "Expected a Runnable, function or object.\nInstead got an unsupported type.",
    ),
    (
        "langchain-ai/langchainjs libs/langchain-core/src/runnables/base.ts",
        "RunnableAssign can only be used with objects as input, got string",
    ),
    (
        "vercel/ai packages/ai/src/error/invalid-argument-error.ts",
        "Invalid argument for parameter maxRetries: maxRetries must be >= 0",
    ),
    (
        "vercel/ai packages/ai/src/error/invalid-tool-approval-error.ts",
        'Tool approval response references unknown approvalId: "approval-1". No matching tool-approval-request found in message history.',
    ),
    (
        "vercel/ai packages/ai/src/error/invalid-tool-input-error.ts",
        'Invalid input for tool getWeather: JSON parsing failed: Text: {"city": "Berlin".\nError message: Unexpected end of JSON input',
    ),
    (
        "vercel/ai packages/ai/src/error/missing-tool-result-error.ts",
        "Tool results are missing for tool calls call_1, call_2.",
    ),
    ("vercel/ai packages/ai/src/error/no-object-generated-error.ts", "No object generated."),
    ("vercel/ai packages/ai/src/error/no-output-generated-error.ts", "No output generated."),
    (
        "vercel/ai packages/ai/src/error/no-such-tool-error.ts",
        "Model tried to call unavailable tool 'web_search'. Available tools: getWeather, readFile.",
    ),
    (
        "vercel/ai packages/ai/src/error/unsupported-model-version-error.ts",
        'Unsupported model version v1 for provider "openai.chat" and model "gpt-4o". AI SDK 5 only supports models that implement specification version "v2".',
    ),
    (
        "vercel/ai packages/ai/src/prompt/standardize-prompt.ts",
        "Invalid prompt: prompt and messages cannot be defined at the same time",
    ),
    (
        "vercel/ai packages/ai/src/prompt/standardize-prompt.ts",
        "Invalid prompt: messages must not be empty",
    ),
    (
        "vercel/ai packages/ai/src/prompt/standardize-prompt.ts",
        "Invalid prompt: The messages do not match the ModelMessage[] schema.",
    ),
    ("vercel/ai packages/provider/src/errors/empty-response-body-error.ts", "Empty response body"),
    (
        "vercel/ai packages/provider-utils/src/load-api-key.ts",
        "OpenAI API key is missing. Pass it using the 'apiKey' parameter or the OPENAI_API_KEY environment variable.",
    ),
    (
        "vercel/ai packages/provider/src/errors/no-such-model-error.ts",
        "No such languageModel: gpt-5-preview",
    ),
    (
        "vercel/ai packages/provider/src/errors/too-many-embedding-values-for-call-error.ts",
        'Too many values for a single embedding call. The openai.embedding model "text-embedding-3-small" can only embed up to 2048 values per call, but 2500 values were provided.',
    ),
    (
        "vercel/ai packages/provider/src/errors/type-validation-error.ts",
        'Type validation failed: Value: {"temperature":"high"}.\nError message: Expected number, received string',
    ),
    (
        "vercel/ai packages/provider/src/errors/unsupported-functionality-error.ts",
        "'tool_choice' functionality not supported.",
    ),
    (
        "microsoft/autogen python/packages/autogen-ext/src/autogen_ext/models/openai/_openai_client.py",
        "Required create args are missing: {'model'}",
    ),
    (
        "microsoft/autogen python/packages/autogen-ext/src/autogen_ext/models/openai/_openai_client.py",
        "Model llama3.1:8b not found. Using cl100k_base encoding.",
    ),
    (
        "microsoft/autogen python/packages/autogen-ext/src/autogen_ext/models/openai/_openai_client.py",
        "model_info is required when model name is not a valid OpenAI model",
    ),
    (
        "microsoft/autogen python/packages/autogen-ext/src/autogen_ext/models/openai/_openai_client.py",
        "model_capabilities is deprecated, use model_info instead",
    ),
    (
        "microsoft/autogen python/packages/autogen-ext/src/autogen_ext/models/openai/_openai_client.py",
        "Model does not support JSON output.",
    ),
    (
        "microsoft/autogen python/packages/autogen-ext/src/autogen_ext/models/openai/_openai_client.py",
        "Model does not support structured output.",
    ),
    (
        "microsoft/autogen python/packages/autogen-ext/src/autogen_ext/models/openai/_openai_client.py",
        "Multiple and Not continuous system messages are not supported if model_info['multiple_system_messages'] is False",
    ),
    (
        "microsoft/autogen python/packages/autogen-ext/src/autogen_ext/models/openai/_openai_client.py",
        "tool_choice references 'search' but it's not in the provided tools",
    ),
    (
        "microsoft/autogen python/packages/autogen-agentchat/src/autogen_agentchat/agents/_assistant_agent.py",
        "The model does not support function calling.",
    ),
    (
        "microsoft/autogen python/packages/autogen-agentchat/src/autogen_agentchat/agents/_assistant_agent.py",
        "Tool names must be unique: ['search', 'search']",
    ),
    (
        "microsoft/autogen python/packages/autogen-agentchat/src/autogen_agentchat/agents/_assistant_agent.py",
        "Handoff names must be unique from tool names",
    ),
    (
        "microsoft/autogen python/packages/autogen-agentchat/src/autogen_agentchat/agents/_assistant_agent.py",
        "Tools cannot be used with a workbench.",
    ),
    (
        "microsoft/autogen python/packages/autogen-agentchat/src/autogen_agentchat/agents/_assistant_agent.py",
        "Reflect on tool use produced no valid text response.",
    ),
    (
        "microsoft/autogen python/packages/autogen-agentchat/src/autogen_agentchat/teams/_group_chat/_base_group_chat.py",
        "The participant names must be unique.",
    ),
    (
        "microsoft/autogen python/packages/autogen-agentchat/src/autogen_agentchat/teams/_group_chat/_base_group_chat.py",
        "The team is already running, it cannot run again until it is stopped.",
    ),
    (
        "microsoft/autogen python/packages/autogen-agentchat/src/autogen_agentchat/teams/_group_chat/_base_group_chat.py",
        "The group chat is currently running. It must be stopped before it can be reset.",
    ),
    (
        "microsoft/autogen python/packages/autogen-agentchat/src/autogen_agentchat/teams/_group_chat/_base_group_chat.py",
        "Invalid state format. The expected state format has changed since v0.4.9. Please read the release note on GitHub.",
    ),
    (
        "crewAIInc/crewAI lib/crewai/src/crewai/crew.py",
        "Cannot fork: no runtime state on the event bus. Ensure from_checkpoint() succeeded before calling fork().",
    ),
    ("crewAIInc/crewAI lib/crewai/src/crewai/crew.py", "The 'id' field cannot be set by the user."),
    (
        "crewAIInc/crewAI lib/crewai/src/crewai/crew.py",
        "Attribute `manager_llm` or `manager_agent` is required when using hierarchical process.",
    ),
    (
        "crewAIInc/crewAI lib/crewai/src/crewai/crew.py",
        "Manager agent should not be included in agents list.",
    ),
    (
        "crewAIInc/crewAI lib/crewai/src/crewai/crew.py",
        "Sequential process error: Agent is missing in the task with the following description: Summarize the latest AI research papers",
    ),
    (
        "crewAIInc/crewAI lib/crewai/src/crewai/crew.py",
        "The crew must end with at most one asynchronous task.",
    ),
    (
        "crewAIInc/crewAI lib/crewai/src/crewai/crew.py",
        "The first task cannot be a ConditionalTask.",
    ),
    (
        "crewAIInc/crewAI lib/crewai/src/crewai/crew.py",
        "Task 'Write the final report' has a context dependency on a future task 'Research the topic', which is not allowed.",
    ),
    (
        "crewAIInc/crewAI lib/crewai/src/crewai/crew.py",
        "The process 'parallel' is not implemented yet.",
    ),
    (
        "crewAIInc/crewAI lib/crewai/src/crewai/task.py",
        "Guardrail function must accept exactly one parameter",
    ),
    (
        "crewAIInc/crewAI lib/crewai/src/crewai/task.py",
        "expected_output must be provided either directly or through config",
    ),
    (
        "crewAIInc/crewAI lib/crewai/src/crewai/task.py",
        "Path traversal attempts are not allowed in output_file paths",
    ),
    (
        "crewAIInc/crewAI lib/crewai/src/crewai/task.py",
        "Only one output type can be set, either output_pydantic or output_json.",
    ),
    (
        "crewAIInc/crewAI lib/crewai/src/crewai/task.py",
        "Missing required template variable 'topic' in description",
    ),
    (
        "crewAIInc/crewAI lib/crewai/src/crewai/llm.py",
        "No content received from streaming response. Received empty chunks or failed to extract content.",
    ),
    (
        "crewAIInc/crewAI lib/crewai/src/crewai/llm.py",
        "Model 'gpt-3.5-turbo' does not support multimodal input, but files were provided via 'input_files'. Use a vision-capable model or remove the file inputs.",
    ),
    (
        "crewAIInc/crewAI lib/crewai/src/crewai/llm.py",
        "Invalid message format. Each message must be a dict with 'role' and 'content' keys",
    ),
    (
        "google-gemini/generative-ai-js packages/main/src/requests/request.ts",
        "[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent: [400 Bad Request] API key not valid. Please pass a valid API key.",
    ),
    (
        "google-gemini/generative-ai-js packages/main/src/requests/request.ts",
        "[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-pro:streamGenerateContent?alt=sse: [429 Too Many Requests] Resource has been exhausted (e.g. check quota).",
    ),
    (
        "google-gemini/generative-ai-js packages/main/src/requests/request.ts",
        "[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:countTokens: fetch failed",
    ),
    (
        "google-gemini/generative-ai-js packages/main/src/requests/response-helpers.ts",
        "This response had 2 candidates. Returning text from the first candidate only. Access response.candidates directly to use the other candidates.",
    ),
    (
        "google-gemini/generative-ai-js packages/main/src/requests/response-helpers.ts",
        "[GoogleGenerativeAI Error]: Candidate was blocked due to SAFETY",
    ),
    (
        "google-gemini/generative-ai-js packages/main/src/requests/response-helpers.ts",
        "[GoogleGenerativeAI Error]: Text not available. Response was blocked due to OTHER",
    ),
    (
        "google-gemini/generative-ai-js packages/main/src/methods/chat-session-helpers.ts",
        "[GoogleGenerativeAI Error]: First content should be with role 'user', got model",
    ),
    (
        "google-gemini/generative-ai-js packages/main/src/methods/chat-session-helpers.ts",
        '[GoogleGenerativeAI Error]: Each item should include role field. Got assistant but valid roles are: ["user","model","function","system"]',
    ),
    (
        "google-gemini/generative-ai-js packages/main/src/methods/chat-session-helpers.ts",
        "[GoogleGenerativeAI Error]: Content should have 'parts' property with an array of Parts",
    ),
    (
        "google-gemini/generative-ai-js packages/main/src/methods/chat-session-helpers.ts",
        "[GoogleGenerativeAI Error]: Each Content should have at least one part",
    ),
    (
        "google-gemini/generative-ai-js packages/main/src/methods/chat-session-helpers.ts",
        "[GoogleGenerativeAI Error]: Content with role 'user' can't contain 'functionCall' part",
    ),
    (
        "google-gemini/generative-ai-js packages/main/src/methods/chat-session-helpers.ts",
        '[GoogleGenerativeAI Error]: Content with role \'model\' can\'t follow \'model\'. Valid previous roles: {"user":["model"],"function":["model"],"model":["user","function"],"system":[]}',
    ),
    (
        "google-gemini/generative-ai-js packages/main/src/requests/request-helpers.ts",
        "[GoogleGenerativeAI Error]: Within a single message, FunctionResponse cannot be mixed with other type of part in the request for sending chat message.",
    ),
    (
        "google-gemini/generative-ai-js packages/main/src/requests/request-helpers.ts",
        "[GoogleGenerativeAI Error]: No content is provided for sending chat message.",
    ),
    (
        "google-gemini/generative-ai-js packages/main/src/requests/request-helpers.ts",
        "[GoogleGenerativeAI Error]: CountTokensRequest must have one of contents or generateContentRequest, not both.",
    ),
    (
        "google-gemini/generative-ai-js packages/main/src/requests/stream-reader.ts",
        "[GoogleGenerativeAI Error]: Failed to parse stream",
    ),
    (
        "google-gemini/generative-ai-js packages/main/src/server/file-manager.ts",
        "[GoogleGenerativeAI Error]: Must provide a mimeType.",
    ),
    (
        "aws/aws-sdk-js-v3 packages/credential-provider-env/src/fromEnv.ts",
        "Unable to find environment variable credentials.",
    ),
    (
        "aws/aws-sdk-js-v3 packages/credential-provider-ini/src/resolveAssumeRoleCredentials.ts",
        "Detected a cycle attempting to resolve credentials for profile default. Profiles visited: dev, staging",
    ),
    (
        "aws/aws-sdk-js-v3 packages/credential-provider-ini/src/resolveAssumeRoleCredentials.ts",
        "Profile dev requires multi-factor authentication, but no MFA code callback was provided.",
    ),
    (
        "aws/aws-sdk-js-v3 packages/credential-provider-ini/src/resolveCredentialSource.ts",
        "Unsupported credential source in profile dev. Got EcsTask, expected EcsContainer or Ec2InstanceMetadata or Environment.",
    ),
    (
        "aws/aws-sdk-js-v3 packages/credential-provider-ini/src/resolveProfileData.ts",
        "Profile dev could not be found or parsed in shared credentials file.",
    ),
    (
        "aws/aws-sdk-js-v3 packages/credential-provider-process/src/resolveProcessCredentials.ts",
        "Profile dev credential_process returned invalid JSON.",
    ),
    (
        "aws/aws-sdk-js-v3 packages/credential-provider-process/src/resolveProcessCredentials.ts",
        "Profile dev could not be found in shared credentials file.",
    ),
    (
        "aws/aws-sdk-js-v3 packages/credential-provider-sso/src/fromSSO.ts",
        "Profile default is not configured with SSO credentials.",
    ),
    (
        "aws/aws-sdk-js-v3 packages/credential-provider-sso/src/fromSSO.ts",
        'Incomplete configuration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',
    ),
    (
        "aws/aws-sdk-js-v3 packages/credential-provider-sso/src/resolveSSOCredentials.ts",
        "The SSO session associated with this profile is invalid. To refresh this SSO session run aws sso login with the corresponding profile.",
    ),
    (
        "aws/aws-sdk-js-v3 packages/credential-provider-sso/src/resolveSSOCredentials.ts",
        "The SSO session associated with this profile has expired. To refresh this SSO session run aws sso login with the corresponding profile.",
    ),
    (
        "aws/aws-sdk-js-v3 packages/credential-provider-sso/src/resolveSSOCredentials.ts",
        "SSO returns an invalid temporary credential.",
    ),
    (
        "aws/aws-sdk-js-v3 packages/token-providers/src/fromSso.ts",
        "Profile 'default' is missing required property 'sso_session'.",
    ),
    (
        "aws/aws-sdk-js-v3 packages/token-providers/src/fromSso.ts",
        "Sso session 'my-sso' could not be found in shared credentials file.",
    ),
    (
        "aws/aws-sdk-js-v3 packages/token-providers/src/fromSso.ts",
        "Sso session 'my-sso' is missing required property 'sso_start_url'.",
    ),
    (
        "aws/aws-sdk-js-v3 packages/token-providers/src/fromSso.ts",
        "The SSO session token associated with profile=default was not found or is invalid. To refresh this SSO session run 'aws sso login' with the corresponding profile.",
    ),
    (
        "aws/aws-sdk-js-v3 packages/token-providers/src/validateTokenExpiry.ts",
        "Token is expired. To refresh this SSO session run 'aws sso login' with the corresponding profile.",
    ),
    (
        "ggml-org/whisper.cpp src/whisper.cpp",
        "whisper_sched_graph_init: failed to allocate the compute buffer",
    ),
    (
        "ggml-org/whisper.cpp src/whisper.cpp",
        "whisper_kv_cache_find_slot: n_tokens=512 > n_ctx=448",
    ),
    (
        "ggml-org/whisper.cpp src/whisper.cpp",
        "aheads_masks_init: dtw_aheads_preset should be != DTW_AHEADS_NONE",
    ),
    (
        "ggml-org/whisper.cpp src/whisper.cpp",
        "aheads_masks_init: tried to set alignment head on text layer 5, but model only has 4 text layers",
    ),
    (
        "ggml-org/whisper.cpp src/whisper.cpp",
        "whisper_backend_init_gpu: failed to initialize CUDA0 backend",
    ),
    ("ggml-org/whisper.cpp src/whisper.cpp", "whisper_model_load: invalid model data (bad magic)"),
    (
        "ggml-org/whisper.cpp src/whisper.cpp",
        "whisper_model_load: unknown tensor 'decoder.blocks.0.attn.query.weight' in model file",
    ),
    (
        "ggml-org/whisper.cpp src/whisper.cpp",
        "whisper_model_load: tensor 'encoder.conv1.weight' has wrong shape in model file: got [3, 80, 384], expected [3, 80, 512]",
    ),
    (
        "ggml-org/whisper.cpp src/whisper.cpp",
        "whisper_model_load: ERROR not all tensors loaded from model file - expected 245, got 3",
    ),
    (
        "ggml-org/whisper.cpp src/whisper.cpp",
        "whisper_init_state: whisper_kv_cache_init() failed for self-attention cache",
    ),
    (
        "ggml-org/whisper.cpp src/whisper.cpp",
        "whisper_init_state: failed to load Core ML model from 'models/ggml-base.en-encoder.mlmodelc'",
    ),
    (
        "ggml-org/whisper.cpp src/whisper.cpp",
        "whisper_init_from_file_with_params_no_state: failed to open 'models/ggml-base.en.bin'",
    ),
    (
        "ggml-org/whisper.cpp src/whisper.cpp",
        "whisper_init_with_params_no_state: dtw_token_timestamps is not supported with flash_attn - disabling",
    ),
    (
        "ggml-org/whisper.cpp src/whisper.cpp",
        "whisper_set_mel_with_state: invalid number of mel bands: 80 (expected 128)",
    ),
    ("ggml-org/whisper.cpp src/whisper.cpp", "whisper_lang_id: unknown language 'english'"),
    (
        "ggml-org/whisper.cpp src/whisper.cpp",
        "whisper_lang_auto_detect_with_state: offset 30000ms is past the end of the audio (10000ms)",
    ),
    (
        "ggml-org/whisper.cpp src/whisper.cpp",
        "whisper_vad_init_from_file_with_params: failed to open VAD model 'models/ggml-silero-v5.1.2.bin'",
    ),
    (
        "microsoft/vscode-jupyter src/platform/common/utils/localize.ts",
        "Extension activation failed, run the 'Developer: Toggle Developer Tools' command for more information.",
    ),
    (
        "microsoft/vscode-jupyter src/platform/common/utils/localize.ts",
        "Cannot execute code, session has been disposed. Please try restarting the Kernel.",
    ),
    (
        "microsoft/vscode-jupyter src/platform/common/utils/localize.ts",
        "Failed to connect to password protected server. Check that password is correct.",
    ),
    (
        "microsoft/vscode-jupyter src/platform/common/utils/localize.ts",
        "Failed to start Jupyter Server as the packages 'jupyter' and 'notebook' could not be located in the Python environment '.venv'.",
    ),
    (
        "microsoft/vscode-jupyter src/platform/common/utils/localize.ts",
        "The Jupyter notebook server failed to launch in time",
    ),
    (
        "microsoft/vscode-jupyter src/platform/common/utils/localize.ts",
        "Kernel interrupt failed. Jupyter Server is hung. Please reload VS Code.",
    ),
    (
        "microsoft/vscode-jupyter src/platform/common/utils/localize.ts",
        "Failed to start the Kernel 'Python 3.11.5'. \nView Jupyter [log](command:jupyter.viewOutput) for further details.",
    ),
    (
        "microsoft/vscode-jupyter src/platform/common/utils/localize.ts",
        "Unable to start Kernel 'Python 3.12.1' due to a connection timeout. \nView Jupyter [log](command:jupyter.viewOutput) for further details.",
    ),
    (
        "microsoft/vscode-jupyter src/platform/common/utils/localize.ts",
        "The Kernel crashed while executing code in the current cell or a previous cell. \nPlease review the code in the cell(s) to identify a possible cause of the failure. \nClick <a href='https://aka.ms/vscodeJupyterKernelCrash'>here</a> for more info. \nView Jupyter [log](command:jupyter.viewOutput) for further details.",
    ),
    (
        "microsoft/vscode-jupyter src/platform/common/utils/localize.ts",
        "Cannot run cells, as the kernel 'Python 3 (ipykernel)' is dead.",
    ),
    (
        "microsoft/vscode-jupyter src/platform/common/utils/localize.ts",
        "Invalid protocol in URL specified, only HTTP or HTTPS are supported.",
    ),
    (
        "microsoft/vscode-jupyter src/platform/common/utils/localize.ts",
        "Connection failure. Verify the server is running and reachable. (socket hang up).",
    ),
    (
        "microsoft/vscode-jupyter src/platform/common/utils/localize.ts",
        "Failed to fetch variable info from the Jupyter Server.",
    ),
    (
        "microsoft/vscode-jupyter src/platform/common/utils/localize.ts",
        "Cell was canceled due to an error in a previous cell.",
    ),
    (
        "microsoft/vscode-jupyter src/platform/common/utils/localize.ts",
        "The kernel failed to start due to the missing module 'ipykernel'. Consider installing this module.",
    ),
    (
        "microsoft/vscode-jupyter src/platform/common/utils/localize.ts",
        "The kernel failed to start due to an outdated version of IPyKernel. Consider updating this module to the latest version.",
    ),
    (
        "microsoft/vscode-jupyter src/platform/common/utils/localize.ts",
        "Failed to install Pandas to use the Data Viewer.",
    ),
    (
        "microsoft/vscode-languageserver-node client/src/common/client.ts",
        "ESLint client: couldn't create connection to server.",
    ),
    (
        "microsoft/vscode-languageserver-node client/src/common/client.ts",
        "Unsupported position encoding (utf-32) received from server Rust Analyzer",
    ),
    (
        "microsoft/vscode-languageserver-node client/src/common/client.ts",
        "Client is not running and can't be stopped. It's current state is: starting",
    ),
    (
        "microsoft/vscode-languageserver-node client/src/common/client.ts",
        "Connection to server got closed. Server will not be restarted.",
    ),
    (
        "microsoft/vscode-languageserver-node jsonrpc/src/common/connection.ts",
        "Request textDocument/hover defines parameters by name but received parameters by position",
    ),
    (
        "microsoft/vscode-languageserver-node jsonrpc/src/common/connection.ts",
        "Request workspace/executeCommand failed with message: Cannot read properties of undefined (reading 'uri')",
    ),
    (
        "microsoft/vscode-languageserver-node jsonrpc/src/common/connection.ts",
        "Unhandled method textDocument/inlayHint",
    ),
    (
        "microsoft/vscode-languageserver-node jsonrpc/src/common/connection.ts",
        "Connection is disposed.",
    ),
    (
        "eslint/eslint messages/config-plugin-missing.js",
        'A configuration object specifies rule "react/jsx-key", but could not find plugin "react".\n\nCommon causes of this problem include:\n\n1. The "react" plugin is not defined in your configuration file.\n2. The "react" plugin is not defined within the same configuration object in which the "react/jsx-key" rule is applied.\n',
    ),
    (
        "eslint/eslint messages/failed-to-read-json.js",
        "Failed to read JSON file at package.json:\n\nUnexpected token } in JSON at position 112\n",
    ),
    (
        "eslint/eslint messages/file-not-found.js",
        'No files matching the pattern "src/**/*.tsx" were found.\nPlease check for typing mistakes in the pattern.\n',
    ),
    (
        "eslint/eslint messages/invalid-rule-severity.js",
        'Configuration for rule "no-unused-vars" is invalid. Expected severity of "off", 0, "warn", 1, "error", or 2.\n\nYou passed \'"warning"\'.\n\nSee https://eslint.org/docs/latest/use/configure/rules#use-configuration-files for configuring rules.\n',
    ),
    ("eslint/eslint lib/eslint/eslint.js", "No ESLint configuration file was found."),
    ("eslint/eslint lib/eslint/eslint.js", "'results' must be an array"),
    (
        "eslint/eslint lib/eslint/eslint.js",
        "'patterns' must be a non-empty string or an array of non-empty strings",
    ),
    (
        "eslint/eslint lib/eslint/eslint.js",
        "'options' must not include the unknown option(s): fixTypes",
    ),
    (
        "eslint/eslint lib/eslint/eslint.js",
        "'options.filePath' must be a non-empty string or undefined",
    ),
    ("eslint/eslint lib/eslint/eslint.js", "Formatter must be a function, but got a object."),
    ("eslint/eslint lib/config/config.js", "Rule's `meta.schema` must be an array or object"),
    ("eslint/eslint lib/config/config.js", "Key 'language' is required."),
    (
        "eslint/eslint lib/config/config.js",
        'Key "language": Could not find "jsonc" in plugin "json".',
    ),
    (
        "eslint/eslint lib/config/config.js",
        "Could not serialize processor object (missing 'meta' object).",
    ),
    (
        "eslint/eslint lib/config/config.js",
        'Key "rules": Key "react/prop-types": Key "meta": Key "languages": Expected an array.',
    ),
    (
        "eslint/eslint lib/config/flat-config-schema.js",
        'Expected string in the form "pluginName/objectName" but found "markdown".',
    ),
    ("eslint/eslint lib/config/flat-config-schema.js", 'Cannot redefine plugin "react".'),
    (
        "babel/babel packages/babel-parser/src/parse-error/standard-errors.ts",
        "Can not use 'await' as identifier inside an async function.",
    ),
    (
        "babel/babel packages/babel-parser/src/parse-error/standard-errors.ts",
        "'await' is only allowed within async functions and at the top levels of modules.",
    ),
    (
        "babel/babel packages/babel-parser/src/parse-error/standard-errors.ts",
        "Missing initializer in const declaration.",
    ),
    (
        "babel/babel packages/babel-parser/src/parse-error/standard-errors.ts",
        "Decorators must be placed *before* the 'export' keyword. You can set the 'decoratorsBeforeExport' option to false to use the 'export @decorator class {}' syntax.",
    ),
    (
        "babel/babel packages/babel-parser/src/parse-error/standard-errors.ts",
        "`useState` has already been exported. Exported identifiers must be unique.",
    ),
    (
        "babel/babel packages/babel-parser/src/parse-error/standard-errors.ts",
        "Illegal 'use strict' directive in function with non-simple parameter list.",
    ),
    (
        "babel/babel packages/babel-parser/src/parse-error/standard-errors.ts",
        "'return' outside of function.",
    ),
    (
        "babel/babel packages/babel-parser/src/parse-error/standard-errors.ts",
        "Invalid left-hand side in assignment expression.",
    ),
    (
        "babel/babel packages/babel-parser/src/parse-error/standard-errors.ts",
        "Unexpected character '@'.",
    ),
    ("babel/babel packages/babel-parser/src/parse-error/standard-errors.ts", "Missing semicolon."),
    (
        "babel/babel packages/babel-parser/src/parse-error/standard-errors.ts",
        'This experimental syntax requires enabling the parser plugin: "jsx".',
    ),
    (
        "babel/babel packages/babel-parser/src/parse-error/standard-errors.ts",
        'Unexpected token, expected ","',
    ),
    (
        "babel/babel packages/babel-parser/src/parse-error/standard-errors.ts",
        "Unterminated string constant.",
    ),
    (
        "babel/babel packages/babel-parser/src/parse-error/standard-errors.ts",
        "Identifier 'React' has already been declared.",
    ),
    (
        "babel/babel packages/babel-core/src/config/files/plugins.ts",
        'Could not resolve "@babel/preset-typescript" in file packages/app.',
    ),
    (
        "babel/babel packages/babel-core/src/config/files/plugins.ts",
        "You appear to be using a native ECMAScript module plugin, which is only supported when running Babel asynchronously or when using the Node.js `--experimental-require-module` flag.",
    ),
    (
        "babel/babel packages/babel-core/src/config/files/plugins.ts",
        "You appear to be using a preset that contains top-level await, which is only supported when running Babel asynchronously.",
    ),
    (
        "rollup/rollup src/utils/logs.ts",
        'Bundle is already closed, no more calls to "generate" or "write" are allowed.',
    ),
    (
        "rollup/rollup src/utils/logs.ts",
        'Error loading "src/index.ts": plugin load hook should return a string, a { code, map } object, or nothing/null.',
    ),
    ("rollup/rollup src/utils/logs.ts", "Circular dependency: src/a.ts -> src/b.ts -> src/a.ts"),
    ("rollup/rollup src/utils/logs.ts", "Cannot reassign a variable declared with `const`"),
    (
        "rollup/rollup src/utils/logs.ts",
        'Use of eval in "src/utils/sandbox.js" is strongly discouraged as it poses security risks and may cause issues with minification.',
    ),
    (
        "rollup/rollup src/utils/logs.ts",
        'The emitted file "assets/index.css" overwrites a previously emitted file of the same name.',
    ),
    (
        "rollup/rollup src/utils/logs.ts",
        'Illegal reassignment of import "config" in "src/index.ts".',
    ),
    (
        "rollup/rollup src/utils/logs.ts",
        'Node tried to load your configuration file as CommonJS even though it is likely an ES module. To resolve this, change the extension of your configuration to ".mjs", set "type": "module" in your package.json file or pass the "--bundleConfigAsCjs" flag.\n\nOriginal error: Cannot use import statement outside a module',
    ),
    (
        "rollup/rollup src/utils/logs.ts",
        '"output.exports" must be "default", "named", "none", "auto", or left unspecified (defaults to "auto"), received "commonjs".',
    ),
    (
        "rollup/rollup src/utils/logs.ts",
        'Module format "cjs" does not support top-level await. Use the "es" or "system" output formats rather.',
    ),
    (
        "rollup/rollup src/utils/logs.ts",
        "Config file must export an options object, or an array of options objects",
    ),
    (
        "rollup/rollup src/utils/logs.ts",
        '"default" is not exported by "src/App.vue", imported by "src/main.ts".',
    ),
    (
        "rollup/rollup src/utils/logs.ts",
        'No name was provided for external module "react" in "output.globals" – guessing "React".',
    ),
    (
        "rollup/rollup src/utils/logs.ts",
        'You must specify "output.file" or "output.dir" for the build.',
    ),
    (
        "rollup/rollup src/utils/logs.ts",
        'Module level directives cause errors when bundled, "use client" in "src/components/Button.tsx" was ignored.',
    ),
    (
        "rollup/rollup src/utils/logs.ts",
        "Sourcemap is likely to be incorrect: a plugin (vite:esbuild) was used to transform files, but didn't generate a sourcemap for the transformation. Consult the plugin documentation for help",
    ),
    (
        "rollup/rollup src/utils/logs.ts",
        "The 'this' keyword is equivalent to 'undefined' at the top level of an ES module, and has been rewritten",
    ),
    ("yarnpkg/berry packages/plugin-npm/sources/npmHttpUtils.ts", "Invalid OTP token"),
    (
        "yarnpkg/berry packages/plugin-npm/sources/npmHttpUtils.ts",
        "Invalid authentication (as an anonymous user)",
    ),
    ("yarnpkg/berry packages/plugin-npm/sources/npmHttpUtils.ts", "Package not found"),
    (
        "yarnpkg/berry packages/plugin-npm/sources/npmHttpUtils.ts",
        "The registry appears to be down (using a local cache might have protected you against such outages)",
    ),
    (
        "yarnpkg/berry packages/plugin-npm/sources/npmHttpUtils.ts",
        "Assertion failed: cachedMetadata should not be null",
    ),
    (
        "yarnpkg/berry packages/plugin-npm/sources/npmHttpUtils.ts",
        "No authentication configured for request",
    ),
    (
        "yarnpkg/berry packages/plugin-npm/sources/npmHttpUtils.ts",
        "We failed to automatically open the url; you'll have to open it yourself in your browser of choice.",
    ),
    (
        "yarnpkg/berry packages/yarnpkg-core/sources/httpUtils.ts",
        "Network access have been disabled by configuration (GET https://registry.yarnpkg.com/lodash)",
    ),
    (
        "yarnpkg/berry packages/yarnpkg-core/sources/httpUtils.ts",
        "Unsafe http requests must be explicitly whitelisted in your configuration (registry.npmjs.org)",
    ),
    (
        "yarnpkg/berry packages/yarnpkg-core/sources/scriptUtils.ts",
        "Assertion failed: Missing project",
    ),
    (
        "yarnpkg/berry packages/yarnpkg-core/sources/scriptUtils.ts",
        "Package for lodash@npm:4.17.21 not found in the project",
    ),
    (
        "yarnpkg/berry packages/yarnpkg-core/sources/scriptUtils.ts",
        "The package fsevents@npm:2.3.3 isn't supported by any of the available linkers",
    ),
    (
        "yarnpkg/berry packages/yarnpkg-core/sources/scriptUtils.ts",
        "Workspaces aren't supported by npm@6.14.18; please upgrade to npm@>=7.x (npm has been detected as the primary package manager for packages/app)",
    ),
    (
        "yarnpkg/berry packages/yarnpkg-core/sources/scriptUtils.ts",
        "Assertion failed: Unsupported workflow",
    ),
    (
        "yarnpkg/berry packages/yarnpkg-core/sources/scriptUtils.ts",
        "Packing the package failed (exit code 1, logs can be found here: xfs-8d2f1a3c/pack.log)",
    ),
    (
        "yarnpkg/berry packages/yarnpkg-core/sources/scriptUtils.ts",
        "Postinstall script failed (exit code 1, logs can be found here: xfs-5c1e2a7b/postinstall.log); run yarn postinstall to investigate",
    ),
    (
        "yarnpkg/berry packages/yarnpkg-core/sources/scriptUtils.ts",
        "Assertion failed: The resolution (react@npm:^18.2.0) should have been registered",
    ),
    (
        "rust-lang/rustup src/errors.rs",
        "partially downloaded file may have been damaged and was removed, please try again",
    ),
    ("rust-lang/rustup src/errors.rs", "component download failed for rust-src"),
    (
        "rust-lang/rustup src/errors.rs",
        "failure removing component 'rust-docs', directory does not exist: 'share/doc/rust/html'",
    ),
    (
        "rust-lang/rustup src/errors.rs",
        "invalid toolchain name: 'stable-x86_64-unknown-linux-gnuu'",
    ),
    ("rust-lang/rustup src/errors.rs", "Unable to proceed. Could not locate working directory."),
    (
        "rust-lang/rustup src/errors.rs",
        "toolchain 'stable-x86_64-pc-windows-msvc' does not support components (v1 manifest)",
    ),
    ("rust-lang/rustup src/errors.rs", "component manifest for 'rustfmt-preview' is corrupt"),
    (
        "rust-lang/rustup src/errors.rs",
        "could not download file from 'https://static.rust-lang.org/dist/channel-rust-stable.toml.sha256' to 'tmp/channel-rust-stable.toml.sha256'",
    ),
    (
        "rust-lang/rustup src/errors.rs",
        "Missing manifest in toolchain 'nightly-2024-05-01-x86_64-unknown-linux-gnu'",
    ),
    (
        "rust-lang/rustup src/errors.rs",
        "server sent a broken manifest: missing package for component rust-analyzer",
    ),
    ("rust-lang/rustup src/errors.rs", "could not parse settings file: 'settings.toml'"),
    ("rust-lang/rustup src/errors.rs", "command failed: 'cargo-clippy'"),
    (
        "rust-lang/rustup src/errors.rs",
        "toolchain '1.70.0-x86_64-unknown-linux-gnu' is not installed",
    ),
    (
        "rust-lang/rustup src/errors.rs",
        "rustup could not choose a version of cargo to run, because one wasn't specified explicitly, and no default is configured.\nhelp: run 'rustup default stable' to download the latest stable release of Rust and set it as your default toolchain.",
    ),
    (
        "rust-lang/rustup src/errors.rs",
        "toolchain 'stable-x86_64-unknown-linux-gnu' does not support target 'wasm32-unknown-unknwon'; did you mean 'wasm32-unknown-unknown'?\nnote: you can see a list of supported targets with `rustc --print=target-list`\nnote: if you are adding support for a new target to rustc itself, see https://rustc-dev-guide.rust-lang.org/building/new-target.html",
    ),
    ("rust-lang/rustup src/errors.rs", "unknown metadata version: '13'"),
    (
        "rust-lang/rustup src/errors.rs",
        "component 'clippy' for target 'x86_64-unknown-linux-gnu' is unavailable for download for channel 'nightly'\nSometimes not all components are available in any given nightly. ",
    ),
    (
        "numpy/numpy numpy/_core/_exceptions.py",
        "ufunc 'add' did not contain a loop with signature matching types (dtype('<U5'), dtype('int64')) -> None",
    ),
    (
        "numpy/numpy numpy/_core/_exceptions.py",
        "ufunc 'add' cannot use operands with types dtype('<M8[D]') and dtype('<M8[D]')",
    ),
    (
        "numpy/numpy numpy/_core/_exceptions.py",
        "Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
    ),
    (
        "numpy/numpy numpy/_core/_exceptions.py",
        "Unable to allocate 74.5 GiB for an array with shape (100000, 100000) and data type float64",
    ),
    ("numpy/numpy numpy/lib/_function_base_impl.py", "Axes must be different."),
    (
        "numpy/numpy numpy/lib/_function_base_impl.py",
        "Axes=(0, 2) out of range for array of ndim=2.",
    ),
    (
        "numpy/numpy numpy/lib/_function_base_impl.py",
        "Axis must be specified when shapes of a and weights differ.",
    ),
    ("numpy/numpy numpy/lib/_function_base_impl.py", "Weights sum to zero, can't be normalized"),
    ("numpy/numpy numpy/lib/_function_base_impl.py", "array must not contain infs or NaNs"),
    (
        "numpy/numpy numpy/lib/_function_base_impl.py",
        "with 3 condition(s), either 3 or 4 functions are expected",
    ),
    (
        "numpy/numpy numpy/lib/_function_base_impl.py",
        "list of cases must be same length as list of conditions",
    ),
    (
        "numpy/numpy numpy/lib/_function_base_impl.py",
        "Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.",
    ),
    (
        "numpy/numpy numpy/lib/_function_base_impl.py",
        "diff requires input that is at least one dimensional",
    ),
    ("numpy/numpy numpy/lib/_function_base_impl.py", "fp and xp are not of the same length"),
    (
        "numpy/numpy numpy/lib/_function_base_impl.py",
        "cannot call `vectorize` on size 0 inputs unless `otypes` is set",
    ),
    (
        "numpy/numpy numpy/lib/_function_base_impl.py",
        "wrong number of outputs from pyfunc: expected 2, got 1",
    ),
    ("numpy/numpy numpy/lib/_function_base_impl.py", "m has more than 2 dimensions"),
    (
        "pandas-dev/pandas pandas/core/reshape/concat.py",
        'first argument must be an iterable of pandas objects, you passed an object of type "DataFrame"',
    ),
    (
        "pandas-dev/pandas pandas/core/reshape/concat.py",
        "Only can inner (intersect) or outer (union) join the other axis",
    ),
    (
        "pandas-dev/pandas pandas/core/reshape/concat.py",
        "The 'sort' keyword only accepts boolean values; None was passed.",
    ),
    (
        "pandas-dev/pandas pandas/core/reshape/concat.py",
        "cannot concatenate object of type '<class 'list'>'; only Series and DataFrame objs are valid",
    ),
    ("pandas-dev/pandas pandas/core/reshape/concat.py", "No objects to concatenate"),
    (
        "pandas-dev/pandas pandas/core/reshape/concat.py",
        "The behavior of pd.concat with len(keys) != len(objs) is deprecated. In a future version this will raise instead of truncating to the smaller of the two sequences",
    ),
    ("pandas-dev/pandas pandas/core/reshape/concat.py", "All objects passed were None"),
    (
        "pandas-dev/pandas pandas/core/reshape/concat.py",
        "cannot concatenate unaligned mixed dimensional NDFrame objects",
    ),
    (
        "pandas-dev/pandas pandas/core/reshape/concat.py",
        "Cannot concatenate type 'Series' with object of type 'DataFrame'",
    ),
    (
        "pandas-dev/pandas pandas/core/reshape/concat.py",
        "levels supported only when keys is not None",
    ),
    (
        "pandas-dev/pandas pandas/core/reshape/concat.py",
        "Indexes have overlapping values: Index(['a'], dtype='object')",
    ),
    ("pandas-dev/pandas pandas/core/reshape/concat.py", "Level values not unique: ['x', 'x', 'y']"),
    (
        "pandas-dev/pandas pandas/core/reshape/concat.py",
        "Key z not in level Index(['x', 'y'], dtype='object')",
    ),
    (
        "pandas-dev/pandas pandas/core/reshape/concat.py",
        "Cannot concat indices that do not have the same number of levels",
    ),
    (
        "pandas-dev/pandas pandas/core/reshape/concat.py",
        "Values not found in passed level: Index(['c'], dtype='object')",
    ),
]


# Batch M: pypa/setuptools, pypa/hatch, tox-dev/tox, pre-commit/pre-commit, sqlalchemy/sqlalchemy, django/django, pallets/click, encode/httpx, nodejs/node-gyp, microsoft/playwright, vercel/next.js, docker/compose, hashicorp/terraform, mkdocs/mkdocs, jupyterlab/jupyterlab, apache/maven.
BATCH_M: Final[list[tuple[str, str]]] = [
    ("pypa/setuptools setuptools/dist.py", "module 'setuptools.dist' has no attribute 'Feature'"),
    (
        "pypa/setuptools setuptools/dist.py",
        "'test_loader' must be importable 'module:attrs' string (got 'mypkg.tests')",
    ),
    (
        "pypa/setuptools setuptools/dist.py",
        "'namespace_packages' must be of type <tuple[str, ...] | list[str]> (got 'mypkg')",
    ),
    (
        "pypa/setuptools setuptools/dist.py",
        "Distribution contains no modules or packages for namespace package 'mypkg.plugins'",
    ),
    (
        "pypa/setuptools setuptools/dist.py",
        "WARNING: 'mypkg.plugins' is declared as a package namespace, but 'mypkg' is not: please correct this in setup.py",
    ),
    (
        "pypa/setuptools setuptools/dist.py",
        "'extras_require' must be a dictionary whose values are strings or lists of strings containing valid project/version requirement specifiers.",
    ),
    (
        "pypa/setuptools setuptools/dist.py",
        "Invalid environment marker: python_version >= '3.8 (\"test:python_version >= '3.8\")",
    ),
    ("pypa/setuptools setuptools/dist.py", "'zip_safe' must be a boolean value (got 'yes')"),
    (
        "pypa/setuptools setuptools/dist.py",
        "'install_requires' must be a string or iterable of strings containing valid project/version requirement specifiers; Unordered types are not allowed",
    ),
    (
        "pypa/setuptools setuptools/dist.py",
        "'package_data' must be a dictionary mapping package names to lists of string wildcard patterns",
    ),
    (
        "pypa/setuptools setuptools/dist.py",
        "WARNING: 'my-pkg' not a valid package name; please use only .-separated package names in setup.py",
    ),
    ("pypa/setuptools setuptools/dist.py", "Required package metadata is missing: {'name'}"),
    (
        "pypa/setuptools setuptools/dist.py",
        "License classifiers have been superseded by license expressions (see https://peps.python.org/pep-0639/). Please remove:\n\nLicense :: OSI Approved :: MIT License",
    ),
    (
        "pypa/setuptools setuptools/dist.py",
        "Pattern '/LICENSE' should be relative and must not start with '/'",
    ),
    (
        "pypa/setuptools setuptools/dist.py",
        "error in setup.cfg: command 'build_py' has no such option 'compile_all'",
    ),
    (
        "pypa/setuptools setuptools/config/_apply_pyprojecttoml.py",
        "'project.license-files' is defined already. Remove 'tool.setuptools.license-files'.",
    ),
    (
        "pypa/setuptools setuptools/command/egg_info.py",
        "Invalid distribution name or version syntax: my_pkg-1.0.0.dev-local",
    ),
    (
        "pypa/hatch backend/src/hatchling/metadata/core.py",
        "Missing `project` metadata table in configuration",
    ),
    (
        "pypa/hatch backend/src/hatchling/metadata/core.py",
        "The `project` configuration must be a table",
    ),
    (
        "pypa/hatch backend/src/hatchling/metadata/core.py",
        "Field `project.dynamic` must be an array",
    ),
    ("pypa/hatch backend/src/hatchling/metadata/core.py", "Missing required field `project.name`"),
    (
        "pypa/hatch backend/src/hatchling/metadata/core.py",
        "The `build-system` configuration must be a table",
    ),
    (
        "pypa/hatch backend/src/hatchling/metadata/core.py",
        "The field `project.optional-dependencies` was set dynamically and therefore must be listed in `project.dynamic`",
    ),
    (
        "pypa/hatch backend/src/hatchling/metadata/core.py",
        "Invalid version `1.0.0-beta.rc` from source, see https://peps.python.org/pep-0440/",
    ),
    (
        "pypa/hatch backend/src/hatchling/metadata/core.py",
        "Dependency #1 of field `build-system.requires` is invalid: Expected end or semicolon (after name and no valid version specifier)",
    ),
    (
        "pypa/hatch backend/src/hatchling/metadata/core.py",
        "Required field `project.name` must only contain ASCII letters/digits, underscores, hyphens, and periods, and must begin and end with ASCII letters/digits.",
    ),
    (
        "pypa/hatch backend/src/hatchling/metadata/core.py",
        "Field `project.version` can only be resolved dynamically if `version` is in field `project.dynamic`",
    ),
    (
        "pypa/hatch backend/src/hatchling/metadata/core.py",
        "Unable to determine the content-type based on the extension of readme file: README.txt",
    ),
    (
        "pypa/hatch backend/src/hatchling/metadata/core.py",
        "Readme path must be within the project directory: ../README.md",
    ),
    ("pypa/hatch backend/src/hatchling/metadata/core.py", "Readme file does not exist: README.md"),
    (
        "pypa/hatch backend/src/hatchling/metadata/core.py",
        "Field `content-type` in the `project.readme` table must be one of the following: text/markdown, text/x-rst, text/plain",
    ),
    (
        "pypa/hatch src/hatch/publish/index.py",
        "Hatch config field `publish.index.repos.test` must define a `url` key",
    ),
    (
        "pypa/hatch src/hatch/publish/index.py",
        "Missing required field `version` in artifact: dist/my_app-0.1.0-py3-none-any.whl",
    ),
    ("pypa/hatch src/hatch/publish/index.py", "No artifacts found"),
    (
        "tox-dev/tox src/tox/tox_env/python/pip/pip_install.py",
        "No module named 'packaging' for tox env py within deps",
    ),
    (
        "tox-dev/tox src/tox/tox_env/python/pip/pip_install.py",
        "requirements removed: pytest-cov>=4",
    ),
    (
        "tox-dev/tox src/tox/tox_env/python/pip/pip_install.py",
        "unable to determine pip install command: No closing quotation",
    ),
    (
        "tox-dev/tox src/tox/tox_env/python/api.py",
        "cannot set both base_python and base_python_file",
    ),
    (
        "tox-dev/tox src/tox/tox_env/python/api.py",
        "base_python_file: no valid Python version found in .python-version",
    ),
    (
        "tox-dev/tox src/tox/tox_env/python/api.py",
        "env name py310 conflicting with base python python3.12",
    ),
    (
        "tox-dev/tox src/tox/tox_env/python/api.py",
        "could not find python interpreter with spec(s): py38",
    ),
    (
        "tox-dev/tox src/tox/session/env_select.py",
        "environment lint marked as unavailable, runner 'uv-venv-runner' is not available",
    ),
    (
        "tox-dev/tox src/tox/session/env_select.py",
        "runner 'uv-venv-lock-runner' for environment 'py312' is not available (plugin may not be installed)",
    ),
    (
        "tox-dev/tox src/tox/session/env_select.py",
        ".pkg is listed in env_list but is used as a package environment by py312; remove it from env_list or rename the package environment",
    ),
    ("tox-dev/tox src/tox/session/env_select.py", "skip environment docs, matches filter 'docs'"),
    ("tox-dev/tox src/tox/session/env_select.py", "cannot run packaging environment(s) .pkg"),
    (
        "tox-dev/tox src/tox/tox_env/python/dependency_groups.py",
        "extra 'docs' not found in dependency groups",
    ),
    (
        "tox-dev/tox src/tox/tox_env/python/dependency_groups.py",
        "no dependency groups defined in pyproject.toml",
    ),
    (
        "tox-dev/tox src/tox/tox_env/python/dependency_groups.py",
        "Cyclic dependency group include: 'test' -> ['dev', 'test']",
    ),
    (
        "tox-dev/tox src/tox/tox_env/api.py",
        "pass_env values cannot contain whitespace, use comma to have multiple values in a single line, invalid values found 'HOME PATH'",
    ),
    ("tox-dev/tox src/tox/tox_env/api.py", "remove tox env folder .tox/py312"),
    (
        "pre-commit/pre-commit pre_commit/clientlib.py",
        "Type tag 'jsonc' is not recognized.  Try upgrading identify and pre-commit?",
    ),
    (
        "pre-commit/pre-commit pre_commit/clientlib.py",
        "pre-commit version 3.5.0 is required but version 2.20.0 is installed.  Perhaps run `pip install --upgrade pre-commit`.",
    ),
    (
        "pre-commit/pre-commit pre_commit/clientlib.py",
        "repo `https://github.com/pre-commit/mirrors-mypy` uses deprecated stage names (commit, push) which will be removed in a future version.  Hint: often `pre-commit autoupdate --repo https://github.com/pre-commit/mirrors-mypy` will fix this.  if it does not -- consider reporting an issue to that repo.",
    ),
    (
        "pre-commit/pre-commit pre_commit/clientlib.py",
        "hook id `flake8` uses deprecated stage names (commit) which will be removed in a future version.  run: `pre-commit migrate-config` to automatically fix this.",
    ),
    (
        "pre-commit/pre-commit pre_commit/clientlib.py",
        "The 'rev' field of repo 'https://github.com/psf/black' appears to be a mutable reference (moving tag / branch).  Mutable references are never updated after first install and are not supported.  See https://pre-commit.com/#using-the-latest-version-for-a-repository for more details.  Hint: `pre-commit autoupdate` often fixes this.",
    ),
    (
        "pre-commit/pre-commit pre_commit/clientlib.py",
        "The 'exclude' field in hook 'trailing-whitespace' is a regex, not a glob -- matching '/*' probably isn't what you want here",
    ),
    (
        "pre-commit/pre-commit pre_commit/clientlib.py",
        "Unexpected key(s) present at root: default_stage",
    ),
    (
        "pre-commit/pre-commit pre_commit/commands/hook_impl.py",
        "bug: pre-commit's script is installed in migration mode\nrun `pre-commit install -f --hook-type pre-commit` to fix this\n\nPlease report this bug at https://github.com/pre-commit/pre-commit/issues",
    ),
    (
        "pre-commit/pre-commit pre_commit/commands/hook_impl.py",
        "`.pre-commit-config.yaml` config file not found. Skipping `pre-commit`.",
    ),
    (
        "pre-commit/pre-commit pre_commit/commands/hook_impl.py",
        "No .pre-commit-config.yaml file was found\n- To temporarily silence this, run `PRE_COMMIT_ALLOW_NO_CONFIG=1 git ...`\n- To permanently silence this, install pre-commit with the --allow-missing-config option\n- To uninstall pre-commit run `pre-commit uninstall`",
    ),
    (
        "pre-commit/pre-commit pre_commit/git.py",
        "git failed. Is it installed, and are you in a Git repository directory?",
    ),
    (
        "pre-commit/pre-commit pre_commit/git.py",
        "git toplevel unexpectedly empty! make sure you are not inside the `.git` directory of your repository.",
    ),
    (
        "pre-commit/pre-commit pre_commit/commands/run.py",
        "pre-commit hook(s) made changes.\nIf you are seeing this message in CI, reproduce locally with: `pre-commit run --all-files`.\nTo run `pre-commit` as part of git workflow, use `pre-commit install`.",
    ),
    (
        "pre-commit/pre-commit pre_commit/commands/run.py",
        "Unmerged files.  Resolve before committing.",
    ),
    (
        "pre-commit/pre-commit pre_commit/commands/run.py",
        "Your pre-commit configuration is unstaged.\n`git add .pre-commit-config.yaml` to fix this.",
    ),
    (
        "pre-commit/pre-commit pre_commit/commands/run.py",
        "No hook with id `ruff` in stage `pre-push`",
    ),
    (
        "pre-commit/pre-commit pre_commit/repository.py",
        "`isort` is not present in repository https://github.com/pycqa/isort.  Typo? Perhaps it is introduced in a newer version?  Often `pre-commit autoupdate` fixes this.",
    ),
    (
        "sqlalchemy/sqlalchemy lib/sqlalchemy/engine/url.py",
        "Port argument must be an integer or None",
    ),
    (
        "sqlalchemy/sqlalchemy lib/sqlalchemy/engine/url.py",
        "Query dictionary values must be strings or sequences of strings",
    ),
    (
        "sqlalchemy/sqlalchemy lib/sqlalchemy/engine/url.py",
        "Expected string or URL object, got None",
    ),
    (
        "sqlalchemy/sqlalchemy lib/sqlalchemy/engine/url.py",
        "Could not parse SQLAlchemy URL from given URL string",
    ),
    (
        "sqlalchemy/sqlalchemy lib/sqlalchemy/util/langhelpers.py",
        "Can't load plugin: sqlalchemy.dialects:postgres",
    ),
    (
        "sqlalchemy/sqlalchemy lib/sqlalchemy/engine/create.py",
        "Pool class QueuePool cannot be used with asyncio engine",
    ),
    (
        "sqlalchemy/sqlalchemy lib/sqlalchemy/engine/create.py",
        "The 'future' parameter passed to create_engine() may only be set to True.",
    ),
    (
        "sqlalchemy/sqlalchemy lib/sqlalchemy/engine/create.py",
        "Invalid argument(s) 'pool_size','max_overflow' sent to create_engine(), using configuration SQLiteDialect_pysqlite/SingletonThreadPool/Engine.  Please check that the keyword arguments are appropriate for this combination of components.",
    ),
    (
        "sqlalchemy/sqlalchemy lib/sqlalchemy/engine/cursor.py",
        "Number of columns in textual SQL (2) is smaller than number of columns requested (3)",
    ),
    (
        "sqlalchemy/sqlalchemy lib/sqlalchemy/engine/cursor.py",
        "Could not locate column in row for column 'user_id'",
    ),
    (
        "sqlalchemy/sqlalchemy lib/sqlalchemy/engine/cursor.py",
        "Ambiguous column name 'id' in result set column descriptions",
    ),
    (
        "sqlalchemy/sqlalchemy lib/sqlalchemy/engine/cursor.py",
        "This result object does not return rows. It has been closed automatically.",
    ),
    (
        "sqlalchemy/sqlalchemy lib/sqlalchemy/orm/session.py",
        "This Session has been permanently closed and is unable to handle any more transaction requests.",
    ),
    (
        "sqlalchemy/sqlalchemy lib/sqlalchemy/orm/session.py",
        "Can't start a SAVEPOINT transaction when no existing transaction is in progress",
    ),
    (
        "sqlalchemy/sqlalchemy lib/sqlalchemy/orm/session.py",
        "This Session's transaction has been rolled back due to a previous exception during flush. To begin a new transaction with this Session, first issue Session.rollback(). Original exception was: (sqlite3.IntegrityError) UNIQUE constraint failed: users.email",
    ),
    (
        "sqlalchemy/sqlalchemy lib/sqlalchemy/orm/session.py",
        "This session is provisioning a new connection; concurrent operations are not permitted",
    ),
    (
        "sqlalchemy/sqlalchemy lib/sqlalchemy/orm/session.py",
        "A transaction is already begun on this Session.",
    ),
    ("django/django django/core/management/templates.py", "'/app/mysite' already exists"),
    (
        "django/django django/core/management/templates.py",
        "Destination directory '/srv/app/mysite' does not exist, please create it first.",
    ),
    (
        "django/django django/core/management/templates.py",
        "Rendering project template files with extensions: .py\n",
    ),
    (
        "django/django django/core/management/templates.py",
        "/app/mysite/manage.py already exists, overlaying a project or app into an existing directory won't replace conflicting files",
    ),
    (
        "django/django django/core/management/templates.py",
        "Notice: Couldn't set permission bits on /app/mysite/mysite/settings.py. You're probably using an uncommon filesystem setup. No problem.",
    ),
    (
        "django/django django/core/management/templates.py",
        "couldn't handle project template https://github.com/django/django/archive/main.zip.",
    ),
    ("django/django django/core/management/templates.py", "you must provide an app name"),
    (
        "django/django django/core/management/templates.py",
        "'my-app' is not a valid app name. Please use only numbers, letters and underscores.",
    ),
    (
        "django/django django/core/management/templates.py",
        "couldn't download URL https://github.com/django/django/archive/main.zip to main.zip: HTTP Error 404: Not Found",
    ),
    (
        "django/django django/core/management/templates.py",
        "couldn't extract file /tmp/django_project_template_x3k9_download/main.zip to /tmp/django_project_template_p1q2_extract: Path not a recognized archive format: main.zip",
    ),
    (
        "django/django django/core/management/commands/runserver.py",
        "Your Python does not support IPv6.",
    ),
    (
        "django/django django/core/management/commands/runserver.py",
        "Usage is runserver [optional port number, or ipaddr:port]",
    ),
    (
        "django/django django/core/management/commands/runserver.py",
        '"localhost:http" is not a valid port number or address:port pair.',
    ),
    ("django/django django/core/management/commands/runserver.py", "Validating models...\n\n"),
    (
        "django/django django/core/management/commands/runserver.py",
        "Error: You don't have permission to access that port.",
    ),
    (
        "django/django django/core/management/commands/runserver.py",
        "Error: That port is already in use.",
    ),
    ("pallets/click src/click/types.py", "Choose from:\n\tjson,\n\tyaml,\n\ttoml"),
    (
        "pallets/click src/click/types.py",
        "'2024/01/15' does not match the formats '%Y-%m-%d', '%Y-%m-%dT%H:%M:%S', '%Y-%m-%d %H:%M:%S'.",
    ),
    ("pallets/click src/click/types.py", "'8080a' is not a valid integer."),
    ("pallets/click src/click/types.py", "0 is not in the range 1<=x<=65535."),
    (
        "pallets/click src/click/types.py",
        "'maybe' is not a valid boolean. Recognized values: 0, 1, f, false, n, no, off, on, t, true, y, yes",
    ),
    ("pallets/click src/click/types.py", "'requirements.txt': No such file or directory"),
    ("pallets/click src/click/types.py", "Path 'config.yaml' does not exist."),
    ("pallets/click src/click/types.py", "Directory 'dist' is not writable."),
    ("pallets/click src/click/types.py", "'staging' is not one of 'dev', 'prod'."),
    ("pallets/click src/click/exceptions.py", "(Did you mean one of: --verbose, --version?)"),
    ("pallets/click src/click/exceptions.py", "Try 'cli build --help' for help."),
    (
        "pallets/click src/click/exceptions.py",
        "Invalid value for '--port' / '-p': 'http' is not a valid integer.",
    ),
    ("pallets/click src/click/exceptions.py", "Missing argument 'SRC'."),
    ("pallets/click src/click/exceptions.py", "No such option '--dry'."),
    ("pallets/click src/click/exceptions.py", "No such command 'instal'."),
    ("pallets/click src/click/core.py", "Got unexpected extra arguments (src tests)"),
    ("pallets/click src/click/core.py", "Aborted!"),
    ("encode/httpx httpx/_models.py", "Header value must be str or bytes, not <class 'int'>"),
    (
        "encode/httpx httpx/_models.py",
        "'.elapsed' may only be accessed after the response has been read or closed.",
    ),
    (
        "encode/httpx httpx/_models.py",
        "Setting encoding after `text` has been accessed is not allowed.",
    ),
    (
        "encode/httpx httpx/_models.py",
        "Redirect response '301 Moved Permanently' for url 'http://pypi.org/simple/httpx/'\nRedirect location: 'https://pypi.org/simple/httpx/'\nFor more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/301",
    ),
    (
        "encode/httpx httpx/_models.py",
        "Client error '404 Not Found' for url 'https://api.github.com/repos/encode/httpx/releases/latest'\nFor more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404",
    ),
    ("encode/httpx httpx/_models.py", "Multiple cookies exist with name=csrftoken"),
    ("encode/httpx httpx/_urlparse.py", "URL too long"),
    (
        "encode/httpx httpx/_urlparse.py",
        "Invalid non-printable ASCII character in URL, '\\n' at position 24.",
    ),
    ("encode/httpx httpx/_urlparse.py", "Invalid IDNA hostname: 'xn--example.com'"),
    ("encode/httpx httpx/_client.py", "Invalid URL in location header: Invalid port: '80x'."),
    (
        "encode/httpx httpx/_client.py",
        "Using http2=True, but the 'h2' package is not installed. Make sure to install httpx using `pip install httpx[http2]`.",
    ),
    (
        "encode/httpx httpx/_client.py",
        "Setting per-request cookies=<...> is being deprecated, because the expected behaviour on cookie persistence is ambiguous. Set cookies directly on the client instance instead.",
    ),
    ("encode/httpx httpx/_client.py", "Exceeded maximum allowed redirects."),
    (
        "encode/httpx httpx/_exceptions.py",
        "Attempted to read or stream content, but the stream has been closed.",
    ),
    (
        "encode/httpx httpx/_exceptions.py",
        "Attempted to access streaming response content, without having called `read()`.",
    ),
    ("nodejs/node-gyp lib/install.js", "Invalid version number: v20.x"),
    ("nodejs/node-gyp lib/install.js", "Minimum target version is `0.8.0` or greater. Got: 0.6.21"),
    (
        "nodejs/node-gyp lib/install.js",
        '"pre" versions of node cannot be installed, use the --nodedir flag instead',
    ),
    (
        "nodejs/node-gyp lib/install.js",
        "Missing source directory for copy: /usr/local/include/node",
    ),
    (
        "nodejs/node-gyp lib/install.js",
        "404 response downloading https://nodejs.org/download/release/v20.11.0/node-v20.11.0-headers.tar.gz",
    ),
    (
        "nodejs/node-gyp lib/install.js",
        "This is most likely not a problem with node-gyp or the package itself and\nis related to network connectivity. In most cases you are behind a proxy or have bad \nnetwork settings.",
    ),
    (
        "nodejs/node-gyp lib/install.js",
        "There was a fatal problem while downloading/extracting the tarball",
    ),
    ("nodejs/node-gyp lib/install.js", "got an error, rolling back install"),
    (
        "nodejs/node-gyp lib/install.js",
        'attempting to reinstall using temporary dev dir "/tmp/.node-gyp"',
    ),
    ("nodejs/node-gyp lib/find-python.js", '- "python3" is not in PATH or produced an error'),
    ("nodejs/node-gyp lib/find-python.js", "Found unsupported Python version 2.7.18"),
    (
        "nodejs/node-gyp lib/find-python.js",
        'using Python version 3.11.4 found at "/usr/bin/python3"',
    ),
    ("nodejs/node-gyp lib/find-python.js", "Could not find any Python installation to use"),
    ("nodejs/node-gyp lib/configure.js", "`gyp` failed with exit code: 1"),
    ("nodejs/node-gyp lib/build.js", "You must run `node-gyp configure` first!"),
    (
        "nodejs/node-gyp lib/build.js",
        'Could not find *.sln file or Makefile. Did you run "configure"?',
    ),
    (
        "nodejs/node-gyp bin/node-gyp.js",
        "Node-gyp failed to build your package.\nTry to update npm and/or node-gyp and if it does not help file an issue with the package author.",
    ),
    (
        "microsoft/playwright packages/playwright-core/src/server/registry/index.ts",
        "Unsupported platform: aix",
    ),
    (
        "microsoft/playwright packages/playwright-core/src/server/registry/index.ts",
        "webkit is not supported on ubuntu18.04-x64",
    ),
    (
        "microsoft/playwright packages/playwright-core/src/server/registry/index.ts",
        "Failed to install WebKit via WSL",
    ),
    (
        "microsoft/playwright packages/playwright-core/src/server/registry/index.ts",
        "Chromium distribution 'msedge' is not found at /opt/microsoft/msedge/msedge\nRun \"npx playwright install msedge\"",
    ),
    (
        "microsoft/playwright packages/playwright-core/src/server/registry/index.ts",
        "Firefox distribution 'firefox-beta' is not supported on linux",
    ),
    (
        "microsoft/playwright packages/playwright-core/src/server/registry/index.ts",
        "ERROR: Playwright does not support installing android",
    ),
    (
        "microsoft/playwright packages/playwright-core/src/server/registry/index.ts",
        "BEWARE: your OS is not officially supported by Playwright; downloading fallback build for ubuntu24.04-x64.",
    ),
    (
        "microsoft/playwright packages/playwright-core/src/server/registry/index.ts",
        "Cannot install chrome-beta on linux",
    ),
    (
        "microsoft/playwright packages/playwright-core/src/server/registry/index.ts",
        "Invalid installation targets: 'chrome-canary'. Expecting one of: chromium, chrome, firefox, webkit, msedge",
    ),
    (
        "microsoft/playwright packages/playwright/src/plugins/webServerPlugin.ts",
        "http://localhost:3000 is already used, make sure that nothing is running on the port/url or set reuseExistingServer:true in config.webServer.",
    ),
    (
        "microsoft/playwright packages/playwright/src/plugins/webServerPlugin.ts",
        "config.webServer.command cannot be empty",
    ),
    (
        "microsoft/playwright packages/playwright/src/plugins/webServerPlugin.ts",
        "Process from config.webServer was not able to start. Exit code: 1",
    ),
    (
        "microsoft/playwright packages/playwright/src/plugins/webServerPlugin.ts",
        "Timed out waiting 60000ms from config.webServer.",
    ),
    (
        "microsoft/playwright packages/playwright/src/plugins/webServerPlugin.ts",
        "Either 'port' or 'url' should be specified in config.webServer.",
    ),
    (
        "microsoft/playwright packages/playwright/src/common/config.ts",
        "Cannot use --browser option when configuration file defines projects. Specify browserName in the projects instead.",
    ),
    (
        "microsoft/playwright packages/playwright/src/common/config.ts",
        'Tag must start with "@" symbol, got "smoke" instead.',
    ),
    (
        "microsoft/playwright packages/playwright/src/common/config.ts",
        "Project 'chromium' depends on unknown project 'setup'",
    ),
    (
        "vercel/next.js packages/next/errors.json",
        "Invariant: routeModule should be configured when rendering pages",
    ),
    (
        "vercel/next.js packages/next/errors.json",
        'getStaticPaths with "fallback: blocking" cannot be used with "output: export". See more info here: https://nextjs.org/docs/advanced-features/static-html-export',
    ),
    (
        "vercel/next.js packages/next/errors.json",
        'Unknown cacheLife profile " hours" is not configured in next.config.js\nDid you mean "hours" without the spaces?',
    ),
    (
        "vercel/next.js packages/next/errors.json",
        "The provided export path '/blog/post-1' doesn't match the '/blog/[slug]' page.\nRead more: https://nextjs.org/docs/messages/export-path-mismatch",
    ),
    (
        "vercel/next.js packages/next/errors.json",
        "Specified images.remotePatterns should be an Array received object.\nSee more info here: https://nextjs.org/docs/messages/invalid-images-config",
    ),
    (
        "vercel/next.js packages/next/errors.json",
        "To use middleware you must provide a `hostname` and `port` to the Next.js Server",
    ),
    (
        "vercel/next.js packages/next/errors.json",
        'Specified basePath should not end with /, found "/docs/"',
    ),
    (
        "vercel/next.js packages/next/errors.json",
        "Specified pageExtensions is an empty array. Please update it with the relevant extensions or remove it.",
    ),
    (
        "vercel/next.js packages/next/errors.json",
        "Module `sharp` not found. Please run `npm install --cpu=wasm32 sharp` to install it.",
    ),
    (
        "vercel/next.js packages/next/errors.json",
        'URL is malformed "/dashboard". Please use only absolute URLs - https://nextjs.org/docs/messages/middleware-relative-urls',
    ),
    (
        "vercel/next.js packages/next/errors.json",
        'Failed to parse src "images/logo.png" on `next/image`, if using relative image it must start with a leading slash "/" or be an absolute URL (http:// or https://)',
    ),
    (
        "vercel/next.js packages/next/errors.json",
        "webpack config.resolve.alias was incorrectly overridden. https://nextjs.org/docs/messages/invalid-resolve-alias",
    ),
    (
        "vercel/next.js packages/next/errors.json",
        "Failed to set Next.js data cache, items over 2MB can not be cached (2621440 bytes)",
    ),
    (
        "vercel/next.js packages/next/errors.json",
        "Server Actions Size Limit must be a valid number or filesize format larger than 1MB: https://nextjs.org/docs/app/api-reference/next-config-js/serverActions#bodysizelimit",
    ),
    (
        "vercel/next.js packages/next/errors.json",
        "Using a self signed certificate is only supported with `next dev`.",
    ),
    ("vercel/next.js packages/next/errors.json", "Can't resolve main package.json file"),
    (
        "vercel/next.js packages/next/errors.json",
        "> Couldn't find any `pages` or `app` directory. Please create one under the project root",
    ),
    (
        "docker/compose cmd/compose/up.go",
        "cannot combine COMPOSE_IGNORE_ORPHANS and --remove-orphans",
    ),
    ("docker/compose cmd/compose/up.go", "cannot combine --attach and --attach-dependencies"),
    ("docker/compose cmd/compose/up.go", "--y is deprecated, please use --yes instead"),
    ("docker/compose cmd/compose/up.go", "--wait-timeout must be a non-negative integer"),
    (
        "docker/compose cmd/compose/up.go",
        "--detach cannot be combined with --abort-on-container-exit, --abort-on-container-failure, --attach, --attach-dependencies or --watch",
    ),
    ("docker/compose cmd/compose/up.go", "--force-recreate and --no-recreate are incompatible"),
    ("docker/compose cmd/compose/up.go", "cannot attach to services not included in up: worker"),
    (
        "docker/compose pkg/compose/create.go",
        "Found orphan containers ([myapp-redis-1]) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.",
    ),
    (
        "docker/compose pkg/compose/create.go",
        'a network with name myapp_default exists but was not created for project "myapp".\nSet `external: true` to use an existing network',
    ),
    ("docker/compose pkg/compose/create.go", 'external volume "pgdata" not found'),
    (
        "docker/compose pkg/compose/create.go",
        'volume "myapp_pgdata" already exists but was not created by Docker Compose. Use `external: true` to use an existing volume',
    ),
    (
        "docker/compose pkg/compose/create.go",
        "opening seccomp profile (seccomp.json) failed: open seccomp.json: no such file or directory",
    ),
    (
        "docker/compose pkg/compose/create.go",
        "network proxy declared as external, but could not be found",
    ),
    (
        "docker/compose pkg/compose/watch.go",
        "none of the selected services is configured for watch, see https://docs.docker.com/compose/how-tos/file-watch/",
    ),
    (
        "docker/compose pkg/compose/watch.go",
        'can\'t watch service "web" with action rebuild without a build context',
    ),
    (
        "docker/compose pkg/compose/watch.go",
        "path './src' also declared by a bind mount volume, this path won't be monitored!\n",
    ),
    (
        "docker/compose pkg/compose/watch.go",
        "x-develop is DEPRECATED, please use the official `develop` attribute",
    ),
    (
        "hashicorp/terraform internal/initwd/module_install.go",
        "Terraform tried to remove .terraform/modules/vpc in order to reinstall this module, but encountered an error: unlinkat .terraform/modules/vpc: permission denied",
    ),
    (
        "hashicorp/terraform internal/initwd/module_install.go",
        'Cannot apply a version constraint to module "network" (at main.tf:14) because it has a relative local path.',
    ),
    (
        "hashicorp/terraform internal/initwd/module_install.go",
        'The directory modules/network could not be read for module "network" at main.tf:14.',
    ),
    (
        "hashicorp/terraform internal/initwd/module_install.go",
        'Module "vpc" (from main.tf:1) cannot be found in the module registry at registry.terraform.io.',
    ),
    (
        "hashicorp/terraform internal/initwd/module_install.go",
        'Failed to retrieve available versions for module "vpc" (main.tf:1) from registry.terraform.io: Get "https://registry.terraform.io/v1/modules/terraform-aws-modules/vpc/aws/versions": net/http: TLS handshake timeout.',
    ),
    (
        "hashicorp/terraform internal/initwd/module_install.go",
        'There is no available version of module "registry.terraform.io/terraform-aws-modules/vpc/aws" (main.tf:1) which matches the given version constraint. The newest available version is 5.8.1.',
    ),
    (
        "hashicorp/terraform internal/initwd/module_install.go",
        "Interrupt signal received when downloading module registry.terraform.io/terraform-aws-modules/vpc/aws.",
    ),
    (
        "hashicorp/terraform internal/initwd/module_install.go",
        "The directory .terraform/modules/vpc/modules/vpc-endpoints does not exist. The target submodule modules/vpc-endpoints does not exist within the target module.",
    ),
    (
        "hashicorp/terraform internal/initwd/module_install.go",
        'Cannot apply a version constraint to module "consul" (at main.tf:22) because it doesn\'t come from a module registry.',
    ),
    (
        "hashicorp/terraform internal/command/login.go",
        "The login command expects at most one argument: the host to log in to.",
    ),
    (
        "hashicorp/terraform internal/command/login.go",
        'The "terraform login" command uses interactive prompts to obtain and record credentials, so it can\'t be run with input disabled.\n\nTo configure credentials in a non-interactive context, write existing credentials directly to a CLI configuration file.',
    ),
    (
        "hashicorp/terraform internal/command/login.go",
        "The given hostname \"app.terraform.io:443/\" is not valid: invalid character '/' in hostname.",
    ),
    (
        "hashicorp/terraform internal/command/login.go",
        "Service discovery failed for app.terraform.io",
    ),
    (
        "hashicorp/terraform internal/command/login.go",
        'The given hostname "registry.terraform.io" does not support creating Terraform authorization tokens.',
    ),
    (
        "hashicorp/terraform internal/command/login.go",
        'The "terraform login" command cannot log in because credentials for this host are already configured in a CLI configuration file.\n\nTo log in, first revoke the existing credentials and remove that block from the CLI configuration.',
    ),
    (
        "hashicorp/terraform internal/command/login.go",
        "The login process uses OAuth, which requires starting a temporary HTTP server on localhost. However, no TCP port numbers between 10000 and 10010 are available to create such a server.",
    ),
    (
        "hashicorp/terraform internal/command/login.go",
        "Failed to retrieve user account details: resource not found",
    ),
    (
        "mkdocs/mkdocs mkdocs/config/config_options.py",
        "Sub-option 'locale': Expected a string, got <class 'int'>",
    ),
    (
        "mkdocs/mkdocs mkdocs/config/config_options.py",
        "Expected one of: ('warn', 'info', 'ignore') but received: 'error'",
    ),
    ("mkdocs/mkdocs mkdocs/config/config_options.py", "Must be a string of format 'IP:PORT'"),
    (
        "mkdocs/mkdocs mkdocs/config/config_options.py",
        "The URL isn't valid, it should include the http:// (scheme)",
    ),
    (
        "mkdocs/mkdocs mkdocs/config/config_options.py",
        "The option 'edit_uri' has no effect when 'edit_uri_template' is set.",
    ),
    (
        "mkdocs/mkdocs mkdocs/config/config_options.py",
        "The path 'docs' isn't an existing directory.",
    ),
    (
        "mkdocs/mkdocs mkdocs/config/config_options.py",
        "Unrecognised theme name: 'materail'. The available installed themes are: mkdocs, readthedocs, material",
    ),
    (
        "mkdocs/mkdocs mkdocs/config/config_options.py",
        "The path set in custom_dir ('overrides') does not exist.",
    ),
    (
        "mkdocs/mkdocs mkdocs/config/config_options.py",
        "Failed to load extension 'pymdownx.superfences'.\nModuleNotFoundError: No module named 'pymdownx'",
    ),
    ("mkdocs/mkdocs mkdocs/config/config_options.py", 'The "mkdocstrings" plugin is not installed'),
    (
        "mkdocs/mkdocs mkdocs/config/config_options.py",
        "Plugin 'search' was specified multiple times - this is likely a mistake, because the plugin doesn't declare `supports_multiple_instances`.",
    ),
    (
        "mkdocs/mkdocs mkdocs/commands/gh_deploy.py",
        "Could not find git - is it installed and on your path?",
    ),
    (
        "mkdocs/mkdocs mkdocs/commands/gh_deploy.py",
        "Deployment terminated: Previous deployment was made with MkDocs version 1.6.1; you are attempting to deploy with an older version (1.5.3). Use --ignore-version to deploy anyway.",
    ),
    (
        "mkdocs/mkdocs mkdocs/commands/gh_deploy.py",
        "Cannot deploy - this directory does not appear to be a git repository",
    ),
    (
        "mkdocs/mkdocs mkdocs/commands/build.py",
        "Template skipped: '404.html' not found in theme directories.",
    ),
    (
        "mkdocs/mkdocs mkdocs/commands/build.py",
        "Error reading page 'getting-started.md': 'NoneType' object has no attribute 'title'",
    ),
    ("mkdocs/mkdocs mkdocs/commands/build.py", "Aborted with 3 warnings in strict mode!"),
    ("jupyterlab/jupyterlab jupyterlab/commands.py", "Command must be given as a list"),
    (
        "jupyterlab/jupyterlab jupyterlab/commands.py",
        "Could not read package/package.json from /tmp/tmpk2x9w1/jupyterlab-git-0.50.1.tgz",
    ),
    (
        "jupyterlab/jupyterlab jupyterlab/commands.py",
        "Both `sys_prefix` and `user` level settings are read-only, cannot auto-migrate `disabledExtensions` to `lockedExtensions`",
    ),
    ("jupyterlab/jupyterlab jupyterlab/commands.py", "npm dependencies failed to install"),
    ("jupyterlab/jupyterlab jupyterlab/commands.py", "JupyterLab failed to build"),
    (
        "jupyterlab/jupyterlab jupyterlab/commands.py",
        "Version mismatch: 4.1.8 (built), 4.2.5 (current)",
    ),
    (
        "jupyterlab/jupyterlab jupyterlab/commands.py",
        "JupyterLab cannot uninstall jupyterlab-git since it was installed outside of JupyterLab. Use the same method used to install this extension to uninstall this extension.",
    ),
    (
        "jupyterlab/jupyterlab jupyterlab/commands.py",
        'No labextension named "@jupyterlab/git" installed',
    ),
    (
        "jupyterlab/jupyterlab jupyterlab/commands.py",
        "No compatible version found for @jupyter-widgets/jupyterlab-manager!",
    ),
    ("jupyterlab/jupyterlab jupyterlab/commands.py", '"jupyterlab-foo" is not a valid npm package'),
    (
        "jupyterlab/jupyterlab jupyterlab/commands.py",
        "Please install nodejs >=18.0.0 before continuing. nodejs may be installed using conda or directly from the nodejs website.",
    ),
    ("jupyterlab/jupyterlab packages/services/src/kernel/default.ts", "Kernel is dead"),
    (
        "jupyterlab/jupyterlab packages/services/src/kernel/default.ts",
        "Could not send message: status is not connected",
    ),
    (
        "jupyterlab/jupyterlab packages/services/src/kernel/default.ts",
        "Canceling handling of old message: execute_reply",
    ),
    (
        "jupyterlab/jupyterlab packages/services/src/kernel/default.ts",
        "Connection lost, reconnecting in 3 seconds.",
    ),
    (
        "jupyterlab/jupyterlab packages/services/src/kernel/default.ts",
        "Unknown kernel wire protocol:  v2.jupyter.org",
    ),
    (
        "jupyterlab/jupyterlab packages/filebrowser-extension/src/index.ts",
        "filebrowser:go-to-path failed to open: notebooks/analysis.ipynb",
    ),
    (
        "apache/maven compat/maven-compat/src/main/java/org/apache/maven/repository/legacy/DefaultWagonManager.java",
        "Failure to resolve org/apache/commons/commons-lang3/3.14.0/commons-lang3-3.14.0.jar from https://repo.maven.apache.org/maven2 was cached in the local repository. Resolution will not be reattempted until the update interval of central has elapsed or updates are forced.",
    ),
    (
        "apache/maven compat/maven-compat/src/main/java/org/apache/maven/repository/legacy/DefaultWagonManager.java",
        "Unable to get artifact org.apache.commons:commons-lang3:jar:3.14.0 from repository central (https://repo.maven.apache.org/maven2): Connection failed: Read timed out",
    ),
    (
        "apache/maven compat/maven-compat/src/main/java/org/apache/maven/repository/legacy/DefaultWagonManager.java",
        "Unable to download the artifact from any repository",
    ),
    (
        "apache/maven compat/maven-compat/src/main/java/org/apache/maven/repository/legacy/DefaultWagonManager.java",
        "Unsupported Protocol: 'dav': Cannot find wagon which supports the requested protocol: dav",
    ),
    (
        "apache/maven compat/maven-compat/src/main/java/org/apache/maven/repository/legacy/DefaultWagonManager.java",
        "*** CHECKSUM FAILED - Checksum failed on download: local = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'; remote = '0f1e2d3c4b5a69788796a5b4c3d2e1f009876543' - RETRYING",
    ),
    (
        "apache/maven compat/maven-compat/src/main/java/org/apache/maven/repository/legacy/DefaultWagonManager.java",
        "Authorization failed: Access denied to: https://repo.maven.apache.org/maven2/org/example/app/1.0/app-1.0.pom",
    ),
    (
        "apache/maven compat/maven-compat/src/main/java/org/apache/maven/repository/legacy/DefaultWagonManager.java",
        "Downloaded file does not exist: target/local-repo/org/example/app/1.0/app-1.0.jar.tmp",
    ),
    (
        "apache/maven compat/maven-compat/src/main/java/org/apache/maven/repository/legacy/DefaultWagonManager.java",
        "skip failed to delete temporary file : /tmp/maven-artifact4815162342.tmp",
    ),
    (
        "apache/maven impl/maven-impl/src/main/java/org/apache/maven/impl/model/DefaultModelValidator.java",
        "'parent.artifactId' must be changed, the parent element cannot have the same groupId:artifactId as the project.",
    ),
    (
        "apache/maven impl/maven-impl/src/main/java/org/apache/maven/impl/model/DefaultModelValidator.java",
        "'parent.version' is either LATEST or RELEASE (both of them are being deprecated)",
    ),
    (
        "apache/maven impl/maven-impl/src/main/java/org/apache/maven/impl/model/DefaultModelValidator.java",
        "'dependencies.dependency.version' for junit:junit:jar is missing.",
    ),
    (
        "apache/maven impl/maven-impl/src/main/java/org/apache/maven/impl/model/DefaultModelValidator.java",
        "'build.plugins.plugin.(groupId:artifactId)' must be unique but found duplicate declaration of plugin org.apache.maven.plugins:maven-compiler-plugin",
    ),
    (
        "apache/maven impl/maven-impl/src/main/java/org/apache/maven/impl/model/DefaultModelValidator.java",
        "'version' must be a constant version but is '${revision}'.",
    ),
    (
        "apache/maven impl/maven-cli/src/main/java/org/apache/maven/cling/invoker/LookupInvoker.java",
        "Invalid color configuration value 'yes'. Supported are 'auto', 'always', 'never'.",
    ),
    (
        "apache/maven impl/maven-cli/src/main/java/org/apache/maven/cling/invoker/LookupInvoker.java",
        "INFO is not a valid log severity threshold. Valid severities are WARN/WARNING and ERROR.",
    ),
    (
        "apache/maven impl/maven-cli/src/main/java/org/apache/maven/cling/invoker/LookupInvoker.java",
        "The specified user settings file does not exist: ci/settings.xml",
    ),
    (
        "apache/maven impl/maven-cli/src/main/java/org/apache/maven/cling/invoker/LookupInvoker.java",
        "Invalid threads core multiplier value: '0C'. Value must be positive.",
    ),
]


# Batch L: Significant-Gravitas/AutoGPT, microsoft/semantic-kernel, sgl-project/sglang, ml-explore/mlx-lm, pydantic/pydantic-ai, modelcontextprotocol/python-sdk, modelcontextprotocol/typescript-sdk, denoland/vscode_deno, prisma/prisma, sveltejs/language-tools, mlflow/mlflow, wandb/wandb, psf/black, sphinx-doc/sphinx, nodejs/corepack, gradle/gradle.
BATCH_L: Final[list[tuple[str, str]]] = [
    (
        "psf/black src/black/__init__.py",
        "Error reading configuration file: [Errno 2] No such file or directory: 'pyproject.toml'",
    ),
    ("psf/black src/black/__init__.py", "Config key target-version must be a list"),
    ("psf/black src/black/__init__.py", "Config key exclude must be a string"),
    ("psf/black src/black/__init__.py", "Cannot use line-ranges in the pyproject.toml file."),
    (
        "psf/black src/black/__init__.py",
        "Not a valid regular expression: unterminated character set at position 0",
    ),
    (
        "psf/black src/black/__init__.py",
        "Python 3.12.5 has a memory safety issue that can cause Black's AST safety checks to fail. Please upgrade to Python 3.12.6 or downgrade to Python 3.12.4",
    ),
    ("psf/black src/black/__init__.py", "'SRC' and 'code' cannot be passed simultaneously."),
    ("psf/black src/black/__init__.py", "One of 'SRC' or 'code' is required."),
    ("psf/black src/black/__init__.py", "'--enable-unstable-feature' requires '--preview'."),
    (
        "psf/black src/black/__init__.py",
        "Oh no! 💥 💔 💥 The required version `24` does not match the running version `25.1.0`!",
    ),
    ("psf/black src/black/__init__.py", "Cannot pass both `pyi` and `ipynb` flags!"),
    ("psf/black src/black/__init__.py", "Cannot use --line-ranges with ipynb files."),
    (
        "psf/black src/black/__init__.py",
        "No Python files are present to be formatted. Nothing to do 😴",
    ),
    ("psf/black src/black/__init__.py", "Cannot use --line-ranges to format multiple files."),
    ("psf/black src/black/__init__.py", "invalid path: src/main.py"),
    (
        "psf/black src/black/__init__.py",
        "File 'notebooks/analysis.ipynb' cannot be parsed as valid Jupyter notebook.",
    ),
    ("psf/black src/blackd/__init__.py", "Invalid line length header value"),
    ("psf/black src/blackd/__init__.py", "Python 2 is not supported"),
    (
        "nodejs/corepack sources/Engine.ts",
        "This package manager (bun) isn't supported by this corepack build",
    ),
    (
        "nodejs/corepack sources/Engine.ts",
        "Failed to successfully resolve '^9.1.0' to a valid pnpm release",
    ),
    (
        "nodejs/corepack sources/Engine.ts",
        'This project is configured to use yarn because package.json has a "packageManager" field',
    ),
    (
        "nodejs/corepack sources/Engine.ts",
        "Illegal use of URL for known package manager. Instead, select a specific version, or set COREPACK_ENABLE_UNSAFE_CUSTOM_URLS=1 in your environment (npm@https://registry.npmjs.org/npm/-/npm-10.8.2.tgz)",
    ),
    (
        "nodejs/corepack sources/Engine.ts",
        "Packages managers can't be referenced via tags in this context",
    ),
    ("nodejs/corepack sources/Engine.ts", "Tag not found (canary)"),
    (
        "nodejs/corepack sources/corepackUtils.ts",
        "Cannot locate 'bin/pnpm.cjs' in downloaded tarball",
    ),
    ("nodejs/corepack sources/corepackUtils.ts", "Unable to locate bin in package.json"),
    (
        "nodejs/corepack sources/corepackUtils.ts",
        "Mismatch hashes. Expected 7a4b2c9e1f0d8a6b3c5e7f9a1b2c4d6e8f0a1b3c, got 1c3e5a7b9d0f2e4a6c8b0d1f3a5c7e9b2d4f6a8c",
    ),
    (
        "nodejs/corepack sources/httpUtils.ts",
        "Network access disabled by the environment; can't reach https://repo.yarnpkg.com/tags",
    ),
    (
        "nodejs/corepack sources/httpUtils.ts",
        "Error when performing the request to https://registry.npmjs.org/pnpm; for troubleshooting help, see https://github.com/nodejs/corepack#troubleshooting",
    ),
    (
        "nodejs/corepack sources/httpUtils.ts",
        "Server answered with HTTP 404 when performing the request to https://registry.npmjs.org/pnpm/latest; for troubleshooting help, see https://github.com/nodejs/corepack#troubleshooting",
    ),
    ("nodejs/corepack sources/httpUtils.ts", "Aborted by the user"),
    (
        "nodejs/corepack sources/npmRegistryUtils.ts",
        "No compatible signature found in package metadata",
    ),
    (
        "nodejs/corepack sources/npmRegistryUtils.ts",
        "Corepack cannot download the latest stable version of pnpm; you can disable signature verification by setting COREPACK_INTEGRITY_KEYS to 0 in your env, or instruct Corepack to use the latest stable release known by this version of Corepack by setting COREPACK_DEFAULT_TO_LATEST to 0",
    ),
    (
        "nodejs/corepack sources/specUtils.ts",
        "Invalid package manager specification in package.json; expected a string",
    ),
    (
        "nodejs/corepack sources/specUtils.ts",
        'No version specified for yarn in "packageManager" of package.json',
    ),
    (
        "nodejs/corepack sources/specUtils.ts",
        "! Corepack does not currently support array values for devEngines.packageManager",
    ),
    (
        "denoland/vscode_deno client/src/commands.ts",
        'Warning: The Deno language server is explicitly disabled for every directory. If this is not intentional, check your user and workspace settings for entries like `"deno.enable": false` and `"deno.enablePaths": []`.',
    ),
    (
        "denoland/vscode_deno client/src/commands.ts",
        'Could not resolve Deno executable. Please ensure it is available on the PATH used by VS Code or set an explicit "deno.path" setting.',
    ),
    (
        "denoland/vscode_deno client/src/commands.ts",
        "Could not read env file \".env\": Error: ENOENT: no such file or directory, open '.env'",
    ),
    (
        "denoland/vscode_deno client/src/commands.ts",
        'The version of Deno language server ("1.16.4") does not meet the requirements of the extension (">=1.17.0"). Please update Deno and restart.',
    ),
    (
        "denoland/vscode_deno client/src/commands.ts",
        'Disabled "typescript.tsserver.experimental.enableProjectDiagnostics" for the workspace. The Deno extension is incompatible with this setting. See: https://github.com/denoland/vscode_deno/issues/437#issuecomment-1720393193.',
    ),
    (
        "denoland/vscode_deno client/src/commands.ts",
        'Setting "typescript.tsserver.experimental.enableProjectDiagnostics" is incompatible with the Deno extension. Either disable it in your user settings, or create a workspace and run the "Deno: Enable" command again. See: https://github.com/denoland/vscode_deno/issues/437#issuecomment-1720393193.',
    ),
    (
        "denoland/vscode_deno client/src/config_paths.ts",
        "A workspace setting wants to run a custom Deno executable: bin/deno",
    ),
    (
        "denoland/vscode_deno client/src/content_provider.ts",
        "Deno language server has not started.",
    ),
    (
        "denoland/vscode_deno client/src/debug_config_provider.ts",
        "Cannot resolve a program to debug",
    ),
    ("denoland/vscode_deno client/src/tasks_sidebar.ts", "Failed to retrieve config tasks."),
    (
        "denoland/vscode_deno client/src/tasks_sidebar.ts",
        "Error retrieving config tasks: Error: Request deno/taskDefinitions failed with message: Language server is not running",
    ),
    ("denoland/vscode_deno client/src/tasks_sidebar.ts", "No active text editor."),
    ("denoland/vscode_deno client/src/tasks_sidebar.ts", "Could not read task definitions."),
    (
        "denoland/vscode_deno client/src/tasks_sidebar.ts",
        "No workspace folder to use as task scope.",
    ),
    (
        "denoland/vscode_deno client/src/tasks_sidebar.ts",
        "Could not find a Deno task at the selection.",
    ),
    (
        "denoland/vscode_deno client/src/ts_api.ts",
        "Cannot get internal TypeScript plugin configuration API. (TypeError: Cannot read properties of undefined (reading 'getAPI'))",
    ),
    (
        "denoland/vscode_deno client/src/util.ts",
        "Couldn't get 'deno info --json' output: Error: spawnSync deno ENOENT",
    ),
    (
        "modelcontextprotocol/python-sdk src/mcp/cli/cli.py",
        "Invalid environment variable format: DEBUG. Must be KEY=VALUE",
    ),
    ("modelcontextprotocol/python-sdk src/mcp/cli/cli.py", "File not found: server.py"),
    (
        "modelcontextprotocol/python-sdk src/mcp/cli/cli.py",
        "Note that only MCPServer is supported. Low level Server class is not yet supported.",
    ),
    ("modelcontextprotocol/python-sdk src/mcp/cli/cli.py", "Could not import module 'server'"),
    (
        "modelcontextprotocol/python-sdk src/mcp/cli/cli.py",
        "npx not found. Please ensure Node.js and npm are properly installed and added to your system PATH.",
    ),
    ("modelcontextprotocol/python-sdk src/mcp/cli/cli.py", "Claude app not found"),
    (
        "modelcontextprotocol/python-sdk src/mcp/cli/cli.py",
        "python-dotenv is not installed. Cannot load .env file.",
    ),
    (
        "modelcontextprotocol/python-sdk src/mcp/client/auth/oauth2.py",
        "Protected Resource Metadata request failed: 500",
    ),
    (
        "modelcontextprotocol/python-sdk src/mcp/client/auth/oauth2.py",
        "No redirect handler provided for authorization code grant",
    ),
    (
        "modelcontextprotocol/python-sdk src/mcp/client/auth/oauth2.py",
        "No authorization code received",
    ),
    (
        "modelcontextprotocol/python-sdk src/mcp/client/auth/oauth2.py",
        'Token exchange failed (400): {"error":"invalid_grant","error_description":"Authorization code expired"}',
    ),
    ("modelcontextprotocol/python-sdk src/mcp/client/auth/oauth2.py", "No refresh token available"),
    ("modelcontextprotocol/python-sdk src/mcp/client/auth/oauth2.py", "Token refresh failed: 401"),
    (
        "modelcontextprotocol/python-sdk src/mcp/client/session.py",
        "pass read_stream/write_stream or dispatcher, not both",
    ),
    (
        "modelcontextprotocol/python-sdk src/mcp/client/session.py",
        "Unsupported protocol version from the server: 2024-10-07",
    ),
    (
        "modelcontextprotocol/python-sdk src/mcp/client/session.py",
        "Tool get_weather not listed by server, cannot validate any structured content",
    ),
    (
        "modelcontextprotocol/python-sdk src/mcp/client/session.py",
        "Tool get_weather has an output schema but did not return structured content",
    ),
    (
        "modelcontextprotocol/python-sdk src/mcp/client/session.py",
        "notification queue for 'notifications/progress' is full; dropped the oldest event",
    ),
    (
        "modelcontextprotocol/typescript-sdk packages/client/src/client/auth.ts",
        "Authorization callback contained neither `code` nor `error`",
    ),
    (
        "modelcontextprotocol/typescript-sdk packages/client/src/client/auth.ts",
        "Unsupported client authentication method: tls_client_auth",
    ),
    (
        "modelcontextprotocol/typescript-sdk packages/client/src/client/auth.ts",
        "client_secret_basic authentication requires a client_secret",
    ),
    (
        "modelcontextprotocol/typescript-sdk packages/client/src/client/auth.ts",
        "Existing OAuth client information is required when exchanging an authorization code",
    ),
    (
        "modelcontextprotocol/typescript-sdk packages/client/src/client/auth.ts",
        "OAuth client information must be saveable for dynamic registration",
    ),
    (
        "modelcontextprotocol/typescript-sdk packages/client/src/client/auth.ts",
        "Resource server does not implement OAuth 2.0 Protected Resource Metadata.",
    ),
    (
        "modelcontextprotocol/typescript-sdk packages/client/src/client/auth.ts",
        "HTTP 404 trying to load well-known OAuth protected resource metadata.",
    ),
    (
        "modelcontextprotocol/typescript-sdk packages/client/src/client/auth.ts",
        "HTTP 500 trying to load well-known OAuth metadata",
    ),
    (
        "modelcontextprotocol/typescript-sdk packages/client/src/client/auth.ts",
        "Incompatible auth server: does not support code challenge method S256",
    ),
    (
        "modelcontextprotocol/typescript-sdk packages/client/src/client/auth.ts",
        "redirectUrl is required for authorization_code flow",
    ),
    (
        "modelcontextprotocol/typescript-sdk packages/client/src/client/auth.ts",
        "Incompatible auth server: does not support dynamic client registration",
    ),
    (
        "modelcontextprotocol/typescript-sdk packages/server/src/server/mcp.ts",
        "Tool search_files not found",
    ),
    (
        "modelcontextprotocol/typescript-sdk packages/server/src/server/mcp.ts",
        "Output validation error: Tool get_weather has an output schema but no structured content was provided",
    ),
    (
        "modelcontextprotocol/typescript-sdk packages/server/src/server/mcp.ts",
        "Invalid completion reference: ref/unknown",
    ),
    (
        "modelcontextprotocol/typescript-sdk packages/server/src/server/mcp.ts",
        "Prompt code_review not found",
    ),
    (
        "modelcontextprotocol/typescript-sdk packages/server/src/server/mcp.ts",
        "Resource template docs://{slug} not found",
    ),
    (
        "modelcontextprotocol/typescript-sdk packages/server/src/server/mcp.ts",
        "Resource URI not-a-uri is invalid",
    ),
    ("ml-explore/mlx-lm mlx_lm/utils.py", "Run `pip install modelscope` to use ModelScope."),
    ("ml-explore/mlx-lm mlx_lm/utils.py", "Only bits=8 is supported for AutoAWQ/GPTQ models."),
    ("ml-explore/mlx-lm mlx_lm/utils.py", "Model type mamba3 not supported."),
    ("ml-explore/mlx-lm mlx_lm/utils.py", "No safetensors found in mlx_model"),
    (
        "ml-explore/mlx-lm mlx_lm/utils.py",
        "Linear layer with bias does not support activation quantization",
    ),
    (
        "ml-explore/mlx-lm mlx_lm/utils.py",
        "The model does not support tensor parallelism but a tensor_group was provided",
    ),
    (
        "ml-explore/mlx-lm mlx_lm/utils.py",
        "Pipeline loading is only supported for MLX converted models.",
    ),
    (
        "ml-explore/mlx-lm mlx_lm/generate.py",
        "[WARNING] Generating with a model that requires 40960 MB which is close to the maximum recommended size of 49152 MB. This can be slow. See the documentation for possible work-arounds: https://github.com/ml-explore/mlx-lm/tree/main#large-models",
    ),
    ("ml-explore/mlx-lm mlx_lm/generate.py", "Model does not support input embeddings."),
    (
        "ml-explore/mlx-lm mlx_lm/generate.py",
        "Either input_embeddings or prompt (or both) must be provided.",
    ),
    ("ml-explore/mlx-lm mlx_lm/generate.py", "RotatingKVCache with keep tokens is not supported."),
    ("ml-explore/mlx-lm mlx_lm/generate.py", "Insufficient number of samplers provided"),
    (
        "ml-explore/mlx-lm mlx_lm/generate.py",
        "--kv-bits does not match the kv cache loaded from --prompt-cache-file.",
    ),
    (
        "ml-explore/mlx-lm mlx_lm/generate.py",
        "Draft model tokenizer does not match model tokenizer.",
    ),
    (
        "ml-explore/mlx-lm mlx_lm/server.py",
        "Failed to parse tool call (JSONDecodeError: Expecting ',' delimiter: line 1 column 42 (char 41)) — tool text was likely truncated mid-generation.",
    ),
    ("ml-explore/mlx-lm mlx_lm/server.py", "Only 'text' content type is supported."),
    (
        "ml-explore/mlx-lm mlx_lm/server.py",
        "Received tools but model does not support tool calling. If you think this is an error, file an issue here: https://github.com/ml-explore/mlx-lm/issues",
    ),
    ("ml-explore/mlx-lm mlx_lm/server.py", "top_p must be at most 1"),
    (
        "pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/mcp.py",
        'Please install the fastmcp client to use `MCPToolset` — `pip install "pydantic-ai-slim[mcp]"` pulls `fastmcp-slim[client]`, or install the full `fastmcp` package directly.',
    ),
    (
        "pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/mcp.py",
        "Pass either `sampling_model` or `sampling_handler`, not both.",
    ),
    (
        "pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/mcp.py",
        "`headers` and `http_client` are mutually exclusive — set headers on the `http_client` instead.",
    ),
    (
        "pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/mcp.py",
        "`MCPToolset.capabilities` is only available after initialization.",
    ),
    (
        "pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/mcp.py",
        "The FastMCP client connected but never initialized — was it built with `auto_initialize=False`? `MCPToolset` needs an initialized client.",
    ),
    (
        "pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/mcp.py",
        "Server does not advertise the `prompts` capability; cannot get prompt 'summarize'.",
    ),
    (
        "pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/mcp.py",
        "Environment variable ${WORKSPACE_DIR} is not defined",
    ),
    (
        "pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/mcp.py",
        "Config file mcp_config.json not found",
    ),
    (
        "pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/mcp.py",
        "Expected `mcpServers` object in mcp_config.json",
    ),
    (
        "pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/mcp.py",
        "MCP server config 'github' must have either `command` or `url`",
    ),
    (
        "pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/models/openai.py",
        'Please install `openai` to use the OpenAI model, you can use the `openai` optional group — `pip install "pydantic-ai-slim[openai]"`',
    ),
    (
        "pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/models/openai.py",
        "Sampling parameters ['temperature', 'top_p'] are not supported when reasoning is enabled. These settings will be ignored.",
    ),
    (
        "pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/models/openai.py",
        "CachePoint cannot be the first content in a user message - there must be previous content to attach the cache breakpoint to.",
    ),
    (
        "pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/models/openai.py",
        "WebSearchTool is not supported with `OpenAIChatModel` and model 'gpt-4o'. Please use `OpenAIResponsesModel` instead.",
    ),
    (
        "pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/models/openai.py",
        "Invalid response from openai chat completions endpoint, expected JSON data",
    ),
    (
        "pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/models/openai.py",
        "VideoUrl is not supported in OpenAI Chat Completions user prompts",
    ),
    (
        "pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/models/openai.py",
        "Azure's Chat Completions API does not support document input. Use `OpenAIResponsesModel` with `AzureProvider` instead.",
    ),
    (
        "pydantic/pydantic-ai pydantic_ai_slim/pydantic_ai/models/openai.py",
        "Cannot count tokens without any messages or a previous response ID.",
    ),
    (
        "microsoft/semantic-kernel python/semantic_kernel/kernel.py",
        "No function(s) or function- and plugin-name provided",
    ),
    (
        "microsoft/semantic-kernel python/semantic_kernel/kernel.py",
        "Error occurred while invoking function: 'WeatherPlugin-get_forecast'",
    ),
    (
        "microsoft/semantic-kernel python/semantic_kernel/kernel.py",
        "Something went wrong in function invocation. During function invocation: 'WeatherPlugin-get_forecast'. Error description: 'Connection timed out'",
    ),
    (
        "microsoft/semantic-kernel python/semantic_kernel/kernel.py",
        "The prompt is either null or empty.",
    ),
    (
        "microsoft/semantic-kernel python/semantic_kernel/kernel.py",
        "The function name is required.",
    ),
    (
        "microsoft/semantic-kernel python/semantic_kernel/kernel.py",
        "Only functions: ['MathPlugin-add', 'MathPlugin-subtract'] are allowed, MathPlugin-multiply is not allowed.",
    ),
    (
        "microsoft/semantic-kernel python/semantic_kernel/connectors/ai/open_ai/services/open_ai_handler.py",
        "Model type OpenAIModelTypes.REALTIME is not supported",
    ),
    (
        "microsoft/semantic-kernel python/semantic_kernel/connectors/ai/open_ai/services/open_ai_handler.py",
        "<class 'semantic_kernel.connectors.ai.open_ai.services.open_ai_chat_completion.OpenAIChatCompletion'> service encountered a content error",
    ),
    (
        "microsoft/semantic-kernel python/semantic_kernel/connectors/ai/open_ai/services/open_ai_handler.py",
        "<class 'semantic_kernel.connectors.ai.open_ai.services.azure_chat_completion.AzureChatCompletion'> service failed to complete the prompt",
    ),
    (
        "microsoft/semantic-kernel python/semantic_kernel/connectors/ai/open_ai/services/open_ai_handler.py",
        "Failed to generate image: Error code: 400 - {'error': {'message': 'Your request was rejected as a result of our safety system.', 'type': 'invalid_request_error'}}",
    ),
    (
        "microsoft/semantic-kernel python/semantic_kernel/connectors/ai/open_ai/services/open_ai_handler.py",
        "Audio file is required for audio to text service",
    ),
    (
        "microsoft/semantic-kernel python/semantic_kernel/functions/kernel_function_from_prompt.py",
        "The prompt cannot be empty, must be supplied directly, through prompt_template_config or in the prompt_template.",
    ),
    (
        "microsoft/semantic-kernel python/semantic_kernel/functions/kernel_function_from_prompt.py",
        "Failed to create KernelFunctionMetadata",
    ),
    (
        "microsoft/semantic-kernel python/semantic_kernel/functions/kernel_function_from_prompt.py",
        "No completions returned while invoking function summarize",
    ),
    (
        "microsoft/semantic-kernel python/semantic_kernel/functions/kernel_function_from_prompt.py",
        "Service `OllamaTextEmbedding` is not a valid AI service",
    ),
    (
        "microsoft/semantic-kernel python/semantic_kernel/functions/kernel_function_from_prompt.py",
        "Prompt rendering failed, no rendered prompt was returned.",
    ),
    (
        "microsoft/semantic-kernel python/semantic_kernel/functions/kernel_function_from_prompt.py",
        "skprompt.txt and config.json files are required to create a function from a directory, path: prompts/Summarize.",
    ),
    (
        "sveltejs/language-tools packages/language-server/src/lib/documents/configLoader.ts",
        "Config loading is disabled",
    ),
    (
        "sveltejs/language-tools packages/language-server/src/lib/documents/configLoader.ts",
        "No Svelte configuration found in vite config. Is @sveltejs/vite-plugin-svelte configured?",
    ),
    (
        "sveltejs/language-tools packages/language-server/src/lib/documents/configLoader.ts",
        "Error while loading config at svelte.config.js",
    ),
    (
        "sveltejs/language-tools packages/language-server/src/lib/documents/configLoader.ts",
        "No Svelte config found at svelte.config.js",
    ),
    (
        "sveltejs/language-tools packages/language-server/src/plugins/PluginHost.ts",
        "Cannot call methods on an unopened document",
    ),
    (
        "sveltejs/language-tools packages/language-server/src/svelte-check.ts",
        "tsconfigPath needs to be absolute, got tsconfig.json",
    ),
    (
        "sveltejs/language-tools packages/svelte-check/src/index.ts",
        "`--incremental` / `--tsgo` requires a tsconfig/jsconfig file",
    ),
    (
        "sveltejs/language-tools packages/svelte-check/src/index.ts",
        "--tsgo-experimental-api cannot be used with --incremental",
    ),
    (
        "sveltejs/language-tools packages/svelte-check/src/options.ts",
        "Invalid svelte-check CLI args: `--ignore` only has an effect when using `--no-tsconfig`",
    ),
    (
        "sveltejs/language-tools packages/svelte-check/src/options.ts",
        "Invalid svelte-check CLI args: Could not find tsconfig/jsconfig file at ./tsconfig.json",
    ),
    (
        "sveltejs/language-tools packages/svelte-check/src/options.ts",
        'Invalid threshold "info", using "warning" instead',
    ),
    ("sveltejs/language-tools packages/svelte-vscode/src/extension.ts", "No component name"),
    (
        "sveltejs/language-tools packages/svelte-vscode/src/sveltekit/generateFiles/index.ts",
        "Resource 'hooks' does not exist",
    ),
    (
        "sveltejs/language-tools packages/svelte-vscode/src/sveltekit/generateFiles/index.ts",
        "Could not resolve root path. Please open a file first or use the context menu!",
    ),
    (
        "sveltejs/language-tools packages/svelte-vscode/src/version.ts",
        "Version 'next' for 'svelte' is not supported",
    ),
    (
        "sveltejs/language-tools packages/svelte2tsx/src/svelte2tsx/processModuleScriptTag.ts",
        "The generics attribute is only allowed on the instance script",
    ),
    (
        "sveltejs/language-tools packages/svelte2tsx/src/svelte2tsx/processModuleScriptTag.ts",
        "$$Props can only be declared in the instance script",
    ),
    ("sphinx-doc/sphinx sphinx/application.py", "Cannot find source directory (docs/source)"),
    (
        "sphinx-doc/sphinx sphinx/application.py",
        "Output directory (docs/_build) is not a directory",
    ),
    (
        "sphinx-doc/sphinx sphinx/application.py",
        "Source directory and destination directory cannot be identical",
    ),
    (
        "sphinx-doc/sphinx sphinx/application.py",
        "This project needs at least Sphinx v8.1 and therefore cannot be built with this version.",
    ),
    (
        "sphinx-doc/sphinx sphinx/application.py",
        "node class 'TodoNode' is already registered, its visitors will be overridden",
    ),
    (
        "sphinx-doc/sphinx sphinx/application.py",
        "directive 'code-block' is already registered and will not be overridden",
    ),
    ("sphinx-doc/sphinx sphinx/application.py", "doing serial read"),
    (
        "sphinx-doc/sphinx sphinx/config.py",
        "config directory doesn't contain a conf.py file (docs)",
    ),
    (
        "sphinx-doc/sphinx sphinx/config.py",
        "cannot override dictionary config setting 'html_context', ignoring (use 'html_context.key=value' to set individual elements)",
    ),
    (
        "sphinx-doc/sphinx sphinx/config.py",
        "invalid number 'two' for config value 'numfig_secnum_depth', ignoring",
    ),
    (
        "sphinx-doc/sphinx sphinx/config.py",
        "unknown config value 'html_theme_optionz' in override, ignoring",
    ),
    ("sphinx-doc/sphinx sphinx/config.py", "No such config value: 'autodoc_mock'"),
    ("sphinx-doc/sphinx sphinx/config.py", "Config value 'todo_include_todos' already present"),
    (
        "sphinx-doc/sphinx sphinx/config.py",
        "Invalid configuration value found: 'language = None'. Update your configuration to a valid language code. Falling back to 'en' (English).",
    ),
    (
        "sphinx-doc/sphinx sphinx/config.py",
        "There is a syntax error in your configuration file: invalid syntax (conf.py, line 12)\n",
    ),
    (
        "sphinx-doc/sphinx sphinx/config.py",
        "The configuration file (or one of the modules it imports) called sys.exit()",
    ),
    (
        "sphinx-doc/sphinx sphinx/config.py",
        "The config value `html_sidebars' has type `list'; expected `dict'.",
    ),
    (
        "sphinx-doc/sphinx sphinx/config.py",
        "The config value `language' has type `int', defaults to `str'.",
    ),
    ("wandb/wandb wandb/sdk/wandb_run.py", "Malformed WANDB_ARTIFACTS, using original artifacts"),
    ("wandb/wandb wandb/sdk/wandb_run.py", "Attribute history is not supported on Run object."),
    ("wandb/wandb wandb/sdk/wandb_run.py", "URL not available in offline run"),
    (
        "wandb/wandb wandb/sdk/wandb_run.py",
        "No relevant files were detected in the specified directory. No code will be logged to your run.",
    ),
    ("wandb/wandb wandb/sdk/wandb_run.py", "Label added for unsupported key 'repo' (ignored)."),
    ("wandb/wandb wandb/sdk/wandb_run.py", ".display() only works in jupyter environments"),
    (
        "wandb/wandb wandb/sdk/wandb_run.py",
        "Cannot find valid git repo associated with this directory.",
    ),
    ("wandb/wandb wandb/sdk/wandb_run.py", "wandb.log must be passed a dictionary"),
    (
        "wandb/wandb wandb/sdk/wandb_run.py",
        "Step cannot be set when using tensorboard syncing. Please use `run.define_metric(...)` to define a custom metric to log your step values.",
    ),
    (
        "wandb/wandb wandb/sdk/wandb_run.py",
        'Only "live", "end" and "now" policies are currently supported.',
    ),
    ("wandb/wandb wandb/sdk/wandb_run.py", "Timed out finishing run."),
    ("wandb/wandb wandb/sdk/wandb_run.py", "Failed to redirect: [Errno 9] Bad file descriptor"),
    ("wandb/wandb wandb/sdk/wandb_run.py", "Control-C detected -- Run data was not synced"),
    ("wandb/wandb wandb/sdk/wandb_run.py", "Problem finishing run"),
    ("wandb/wandb wandb/sdk/wandb_run.py", "define_metric() requires non-empty name argument"),
    ("wandb/wandb wandb/sdk/wandb_run.py", "Cannot use artifact when in offline mode."),
    (
        "wandb/wandb wandb/sdk/wandb_run.py",
        'You must pass an artifact name (e.g. "pedestrian-dataset:v1"), an instance of `wandb.Artifact`, or `wandb.Api().artifact()` to `use_artifact`',
    ),
    (
        "wandb/wandb wandb/sdk/wandb_run.py",
        "Artifact training-data already exists with type 'dataset'; cannot create another with type 'model'",
    ),
    ("prisma/prisma packages/1-framework/1-core/errors/src/control.ts", "Config file not found"),
    (
        "prisma/prisma packages/1-framework/1-core/errors/src/control.ts",
        "Config file could not be evaluated",
    ),
    (
        "prisma/prisma packages/1-framework/1-core/errors/src/control.ts",
        "Config is not a defineConfig result",
    ),
    (
        "prisma/prisma packages/1-framework/1-core/errors/src/control.ts",
        "Contract configuration missing",
    ),
    (
        "prisma/prisma packages/1-framework/1-core/errors/src/control.ts",
        "Contract validation failed",
    ),
    (
        "prisma/prisma packages/1-framework/1-core/errors/src/control.ts",
        "File not found: prisma/schema.prisma",
    ),
    (
        "prisma/prisma packages/1-framework/1-core/errors/src/control.ts",
        "Database connection is required for this command",
    ),
    (
        "prisma/prisma packages/1-framework/1-core/errors/src/control.ts",
        "Driver is required for DB-connected commands",
    ),
    (
        "prisma/prisma packages/1-framework/3-tooling/migration/src/errors.ts",
        "Migration directory already exists",
    ),
    (
        "prisma/prisma packages/1-framework/3-tooling/migration/src/errors.ts",
        "Missing migration.json",
    ),
    (
        "prisma/prisma packages/1-framework/3-tooling/migration/src/errors.ts",
        "Invalid JSON in migration file",
    ),
    (
        "prisma/prisma packages/1-framework/3-tooling/migration/src/errors.ts",
        'Failed to parse "migrations/20250101T1200_init/migration.json": Unexpected token } in JSON at position 42',
    ),
    (
        "prisma/prisma packages/1-framework/3-tooling/migration/src/errors.ts",
        "Migration.describe(): provide endContractJson or override describe() — a migration needs a destination contract hash.",
    ),
    (
        "prisma/prisma packages/1-framework/3-tooling/migration/src/errors.ts",
        "operations must be an array",
    ),
    (
        "prisma/prisma packages/1-framework/3-tooling/migration/src/errors.ts",
        'Contract space "pgvector" has no head ref; its contract cannot be resolved from the snapshot store without one.',
    ),
    (
        "prisma/prisma packages/1-framework/3-tooling/migration/src/errors.ts",
        "Invalid migration name",
    ),
    (
        "prisma/prisma packages/1-framework/3-tooling/migration/src/errors.ts",
        "Ambiguous migration target",
    ),
    (
        "sgl-project/sglang python/sglang/srt/entrypoints/openai/serving_base.py",
        "Internal server error: CUDA out of memory. Tried to allocate 2.00 GiB",
    ),
    (
        "sgl-project/sglang python/sglang/srt/entrypoints/openai/serving_chat.py",
        "Messages cannot be empty.",
    ),
    (
        "sgl-project/sglang python/sglang/srt/entrypoints/openai/serving_chat.py",
        "Tools cannot be empty if tool choice is set to required.",
    ),
    (
        "sgl-project/sglang python/sglang/srt/entrypoints/openai/serving_chat.py",
        "Tools cannot be empty if tool choice is set to a specific tool.",
    ),
    (
        "sgl-project/sglang python/sglang/srt/entrypoints/openai/serving_chat.py",
        "Tool 'get_weather' not found in tools list.",
    ),
    (
        "sgl-project/sglang python/sglang/srt/entrypoints/openai/serving_chat.py",
        "Tool 0 function 'parameters' schema is too deeply nested or contains a cycle.",
    ),
    (
        "sgl-project/sglang python/sglang/srt/entrypoints/openai/serving_chat.py",
        "max_completion_tokens is too large: 65536.This model supports at most 32768 completion tokens.",
    ),
    (
        "sgl-project/sglang python/sglang/srt/entrypoints/openai/serving_chat.py",
        "schema_ is required for json_schema response format request.",
    ),
    (
        "sgl-project/sglang python/sglang/srt/entrypoints/openai/serving_chat.py",
        "Harmony does not support reasoning effort none",
    ),
    (
        "sgl-project/sglang python/sglang/srt/entrypoints/openai/serving_chat.py",
        "return_prompt_token_ids is not supported with streaming. Please set stream=false when using return_prompt_token_ids=true.",
    ),
    (
        "sgl-project/sglang python/sglang/srt/entrypoints/openai/validation.py",
        "First message should be from 'user' or 'system'",
    ),
    (
        "sgl-project/sglang python/sglang/srt/entrypoints/openai/validation.py",
        "Assistant message at index 1 has no content or tool calls",
    ),
    (
        "sgl-project/sglang python/sglang/srt/entrypoints/openai/validation.py",
        "Prompt cannot be empty or whitespace only",
    ),
    (
        "sgl-project/sglang python/sglang/srt/entrypoints/openai/validation.py",
        "Token sequence at index 0 must contain only integers",
    ),
    (
        "sgl-project/sglang python/sglang/srt/entrypoints/openai/validation.py",
        "Model name contains invalid characters",
    ),
    (
        "sgl-project/sglang python/sglang/srt/entrypoints/openai/validation.py",
        "Temperature should typically be between 0 and 2",
    ),
    (
        "sgl-project/sglang python/sglang/srt/entrypoints/openai/validation.py",
        "Too many stop sequences (maximum 4)",
    ),
    (
        "sgl-project/sglang python/sglang/srt/entrypoints/openai/validation.py",
        "frequency_penalty must be between -2.0 and 2.0",
    ),
    (
        "Significant-Gravitas/AutoGPT autogpt_platform/backend/backend/util/file.py",
        "File path too long: 312 characters. Maximum path length exceeded.",
    ),
    (
        "Significant-Gravitas/AutoGPT autogpt_platform/backend/backend/util/file.py",
        "Disk usage limit exceeded: 1073745920 bytes > 1073741824 bytes",
    ),
    (
        "Significant-Gravitas/AutoGPT autogpt_platform/backend/backend/util/file.py",
        "Local file path is outside the temp_base directory. Access denied.",
    ),
    (
        "Significant-Gravitas/AutoGPT autogpt_platform/backend/backend/util/file.py",
        "File too large: 115343360 bytes > 104857600 bytes",
    ),
    (
        "Significant-Gravitas/AutoGPT autogpt_platform/backend/backend/util/file.py",
        "Invalid data URI format. Expected data:<mime>;base64,<data>",
    ),
    (
        "Significant-Gravitas/AutoGPT autogpt_platform/backend/backend/util/file.py",
        "Local file does not exist: output/chart.png",
    ),
    (
        "Significant-Gravitas/AutoGPT autogpt_platform/backend/backend/util/request.py",
        "Unable to resolve IP address for hostname api.openai.com",
    ),
    (
        "Significant-Gravitas/AutoGPT autogpt_platform/backend/backend/util/request.py",
        "No IP addresses found for api.github.com",
    ),
    (
        "Significant-Gravitas/AutoGPT autogpt_platform/backend/backend/util/request.py",
        "URL scheme 'ftp' is not allowed; allowed schemes: http, https",
    ),
    (
        "Significant-Gravitas/AutoGPT autogpt_platform/backend/backend/util/request.py",
        "Invalid host/URL; no host in parse result: https://",
    ),
    (
        "Significant-Gravitas/AutoGPT autogpt_platform/backend/backend/util/request.py",
        "Hostname 'my_server.com' has unsupported characters",
    ),
    (
        "Significant-Gravitas/AutoGPT autogpt_platform/backend/backend/util/request.py",
        "Retry state is missing an outcome.",
    ),
    (
        "Significant-Gravitas/AutoGPT autogpt_platform/backend/backend/util/request.py",
        "retry_max_attempts must be None or >= 1",
    ),
    (
        "Significant-Gravitas/AutoGPT autogpt_platform/backend/backend/util/request.py",
        "Cannot mix file uploads with JSON body; use 'data' for extra form fields instead.",
    ),
    (
        "Significant-Gravitas/AutoGPT autogpt_platform/backend/backend/util/request.py",
        "When uploading files, 'data' must be a dict of form fields.",
    ),
    (
        "Significant-Gravitas/AutoGPT autogpt_platform/backend/backend/util/request.py",
        'HTTP 429 Error: Too Many Requests, Body: {"error": {"message": "Rate limit exceeded", "type": "rate_limit_error"}}',
    ),
    (
        "Significant-Gravitas/AutoGPT autogpt_platform/backend/backend/util/request.py",
        "Too many redirects.",
    ),
    (
        "mlflow/mlflow mlflow/utils/validation.py",
        "Metric name cannot be None. A key name must be provided.",
    ),
    (
        "mlflow/mlflow mlflow/utils/validation.py",
        "Invalid metric name: 'val/loss@epoch'. Names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), and slashes (/).",
    ),
    (
        "mlflow/mlflow mlflow/utils/validation.py",
        "Invalid metric name: '../accuracy'. Names may be treated as files in certain cases, and must not resolve to other names when treated as such. This name would resolve to '../accuracy'",
    ),
    (
        "mlflow/mlflow mlflow/utils/validation.py",
        "Got invalid value high for metric 'accuracy' (timestamp=1718000000000). Please specify value as a valid double (64-bit floating point)",
    ),
    (
        "mlflow/mlflow mlflow/utils/validation.py",
        "Got invalid step None for metric 'loss' (value=0.42). Step must be a valid long (64-bit integer).",
    ),
    (
        "mlflow/mlflow mlflow/utils/validation.py",
        "Duplicate parameter keys have been submitted: ['learning_rate']. Please ensure the request contains only one param value per param key.",
    ),
    (
        "mlflow/mlflow mlflow/utils/validation.py",
        "Invalid tag name: 'team:ml'. Names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), and slashes (/).",
    ),
    (
        "mlflow/mlflow mlflow/utils/validation.py",
        'Param value \'{"layers": [512, 256, 128], "dropout": 0.1, "activation": "relu"}\' had length 6412, which exceeded length limit of 6000',
    ),
    ("mlflow/mlflow mlflow/utils/validation.py", "Invalid run ID: 'run-#42'"),
    (
        "mlflow/mlflow mlflow/utils/validation.py",
        "A batch logging request can contain at most 1000 metrics. Got 1500 metrics. Please split up metrics across multiple requests and try again.",
    ),
    (
        "mlflow/mlflow mlflow/utils/validation.py",
        "Batched logging API requests must be at most 1000000 bytes, got a request of size 1250000.",
    ),
    ("mlflow/mlflow mlflow/utils/validation.py", "Invalid experiment name: ''"),
    (
        "mlflow/mlflow mlflow/utils/validation.py",
        "Experiment name exceeds the maximum length of 500 characters",
    ),
    ("mlflow/mlflow mlflow/utils/validation.py", "Registered model name cannot be empty."),
    ("mlflow/mlflow mlflow/utils/validation.py", "Model version must be an integer, got 'latest'"),
    (
        "mlflow/mlflow mlflow/utils/validation.py",
        "'latest' alias name (case insensitive) is reserved.",
    ),
    ("mlflow/mlflow mlflow/utils/validation.py", "Version alias name 'v2' is reserved."),
    (
        "gradle/gradle platforms/core-runtime/launcher/src/main/java/org/gradle/launcher/daemon/client/DaemonClient.java",
        "Connected to a stale daemon address.",
    ),
    (
        "gradle/gradle platforms/core-runtime/launcher/src/main/java/org/gradle/launcher/daemon/client/DaemonClient.java",
        "The first result from the daemon was empty. The daemon process may have died or a non-daemon process is reusing the same port.",
    ),
    (
        "gradle/gradle platforms/core-runtime/launcher/src/main/java/org/gradle/launcher/daemon/client/DaemonClient.java",
        "Could not send finished message to the daemon.",
    ),
    (
        "gradle/gradle platforms/core-runtime/launcher/src/main/java/org/gradle/launcher/daemon/client/DaemonClient.java",
        "Daemon was stopped to handle build cancel request.",
    ),
    (
        "gradle/gradle platforms/core-runtime/launcher/src/main/java/org/gradle/launcher/daemon/client/DaemonClient.java",
        "The daemon we connected to was unavailable: Canceled",
    ),
    (
        "gradle/gradle platforms/core-runtime/launcher/src/main/java/org/gradle/launcher/daemon/client/DefaultDaemonConnector.java",
        "Previous Daemon (48213) stopped at Mon Jun 10 14:03:22 UTC 2024 by user or operating system",
    ),
    (
        "gradle/gradle platforms/core-runtime/launcher/src/main/java/org/gradle/launcher/daemon/client/DefaultDaemonConnector.java",
        "The newly created daemon process has a different context than expected.\nIt won't be possible to reconnect to this daemon. Context mismatch: \nJava home is different.",
    ),
    (
        "gradle/gradle platforms/core-runtime/launcher/src/main/java/org/gradle/launcher/daemon/client/DefaultDaemonConnector.java",
        "Timeout waiting to connect to the Gradle daemon.\nDaemon pid: 48213\n  log file: .gradle/daemon/8.10/daemon-48213.out.log",
    ),
    (
        "gradle/gradle platforms/core-runtime/wrapper-shared/src/main/java/org/gradle/wrapper/Install.java",
        "Downloaded distribution file wrapper/dists/gradle-8.10-bin/gradle-8.10-bin.zip is no valid zip file.",
    ),
    (
        "gradle/gradle platforms/core-runtime/wrapper-shared/src/main/java/org/gradle/wrapper/Install.java",
        "Could not fetch hash for https://services.gradle.org/distributions/gradle-8.10-bin.zip.",
    ),
    (
        "gradle/gradle platforms/core-runtime/wrapper-shared/src/main/java/org/gradle/wrapper/Install.java",
        "Fetching distribution (retrying 3 times, with a timeout of 10000 ms).",
    ),
    (
        "gradle/gradle platforms/core-runtime/wrapper-shared/src/main/java/org/gradle/wrapper/Install.java",
        "Attempt 1/4 failed. Reason: Read timed out",
    ),
    (
        "gradle/gradle platforms/core-runtime/wrapper-shared/src/main/java/org/gradle/wrapper/Install.java",
        "Gradle distribution 'https://services.gradle.org/distributions/gradle-8.10-bin.zip' does not appear to contain a Gradle distribution.",
    ),
    (
        "gradle/gradle platforms/core-runtime/wrapper-shared/src/main/java/org/gradle/wrapper/Install.java",
        "Could not set executable permissions for: wrapper/dists/gradle-8.10-bin/gradle-8.10/bin/gradle",
    ),
    (
        "gradle/gradle platforms/core-runtime/wrapper-shared/src/main/java/org/gradle/wrapper/WrapperExecutor.java",
        "Wrapper properties file 'gradle/wrapper/gradle-wrapper.properties' does not exist.",
    ),
    (
        "gradle/gradle platforms/core-runtime/wrapper-shared/src/main/java/org/gradle/wrapper/WrapperExecutor.java",
        "Could not load wrapper properties from 'gradle/wrapper/gradle-wrapper.properties'.",
    ),
    (
        "gradle/gradle platforms/core-runtime/wrapper-shared/src/main/java/org/gradle/wrapper/WrapperExecutor.java",
        "No value with key 'distributionUrl' specified in wrapper properties file 'gradle/wrapper/gradle-wrapper.properties'.",
    ),
]


# Batch N: qdrant/qdrant-client, psf/requests, axios/axios, encode/uvicorn, mochajs/mocha, python-lsp/python-lsp-server, microsoft/vscode-vsce, brianc/node-postgres, redis/redis-py, chroma-core/chroma, milvus-io/pymilvus, aio-libs/aiohttp, urllib3/urllib3, encode/starlette, huggingface/safetensors, huggingface/tokenizers
BATCH_N: Final[list[tuple[str, str]]] = [
    (
        "qdrant/qdrant-client qdrant_client/qdrant_client.py",
        "Only one of <location>, <url>, <host> or <path> should be specified.",
    ),
    (
        "qdrant/qdrant-client qdrant_client/qdrant_client.py",
        "Cloud inference is not supported for local Qdrant, consider using FastEmbed or switch to Qdrant Cloud",
    ),
    (
        "qdrant/qdrant-client qdrant_client/qdrant_client.py",
        "gRPC client is not supported for <class 'qdrant_client.local.qdrant_local.QdrantLocal'>",
    ),
    (
        "qdrant/qdrant-client qdrant_client/qdrant_client.py",
        "REST client is not supported for <class 'qdrant_client.local.qdrant_local.QdrantLocal'>",
    ),
    (
        "qdrant/qdrant-client qdrant_client/qdrant_client.py",
        "Only one of optimizer_config and optimizers_config should be specified",
    ),
    (
        "qdrant/qdrant-client qdrant_client/qdrant_client.py",
        "`recreate_collection` method is deprecated and will be removed in the future. Use `collection_exists` to check collection existence and `create_collection` instead.",
    ),
    (
        "qdrant/qdrant-client qdrant_client/qdrant_remote.py",
        "Only one of (url, host) can be set. url is http://localhost:6333, host is localhost",
    ),
    (
        "qdrant/qdrant-client qdrant_client/qdrant_remote.py",
        "`host` param is not expected to contain protocol (http:// or https://). Try to use `url` parameter instead.",
    ),
    (
        "qdrant/qdrant-client qdrant_client/qdrant_remote.py",
        "Prefix can be set either in `url` or in `prefix`. url is http://localhost:6333/qdrant, prefix is /qdrant",
    ),
    ("qdrant/qdrant-client qdrant_client/qdrant_remote.py", "Unknown scheme: grpc"),
    (
        "qdrant/qdrant-client qdrant_client/qdrant_remote.py",
        "`pool_size` and `limits` are mutually exclusive. `pool_size`: 10, `limit`: Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)",
    ),
    (
        "qdrant/qdrant-client qdrant_client/qdrant_remote.py",
        "Api key is used with an insecure connection.",
    ),
    (
        "qdrant/qdrant-client qdrant_client/qdrant_remote.py",
        "`api-key` has been passed in `headers`, but it will be overridden with `api_key` parameter value",
    ),
    (
        "qdrant/qdrant-client qdrant_client/qdrant_remote.py",
        "`User-Agent` has been passed in `headers`, but it will be overridden with the builtin value: `python-client/1.18.0 python/3.12.3`.",
    ),
    (
        "qdrant/qdrant-client qdrant_client/qdrant_remote.py",
        "`grpc.primary_user_agent will be overridden with the builtin value: python-client/1.18.0 python/3.12.3`.",
    ),
    (
        "qdrant/qdrant-client qdrant_client/qdrant_remote.py",
        "Expected 'grpc_compression' to be of type grpc.Compression or None, but got <class 'str'>",
    ),
    (
        "qdrant/qdrant-client qdrant_client/qdrant_remote.py",
        "grpc.Compression.Deflate is not supported. Try grpc.Compression.Gzip or grpc.Compression.NoCompression",
    ),
    (
        "psf/requests src/requests/__init__.py",
        "Unable to find acceptable character detection dependency (chardet or charset_normalizer).",
    ),
    (
        "psf/requests src/requests/__init__.py",
        "Old version of cryptography ([1, 2, 3]) may cause slowdown.",
    ),
    (
        "psf/requests src/requests/__init__.py",
        "urllib3 (2.5.0) or chardet (None)/charset_normalizer (3.4.2) doesn't match a supported version!",
    ),
    ("psf/requests src/requests/adapters.py", "Missing dependencies for SOCKS support."),
    (
        "psf/requests src/requests/adapters.py",
        "Could not find a suitable TLS CA certificate bundle, invalid path: /etc/ssl/certs/ca-certificates.crt",
    ),
    (
        "psf/requests src/requests/adapters.py",
        "Could not find the TLS certificate file, invalid path: client.crt",
    ),
    (
        "psf/requests src/requests/adapters.py",
        "Could not find the TLS key file, invalid path: client.key",
    ),
    (
        "psf/requests src/requests/adapters.py",
        "Please check proxy URL. It is malformed and could be missing the host.",
    ),
    (
        "psf/requests src/requests/adapters.py",
        "`get_connection` has been deprecated in favor of `get_connection_with_tls_context`. Custom HTTPAdapter subclasses will need to migrate for Requests>=2.32.2. Please see https://github.com/psf/requests/pull/6710 for more details.",
    ),
    (
        "psf/requests src/requests/adapters.py",
        "Invalid timeout (5, 10, 30). Pass a (connect, read) timeout tuple, or a single float to set both timeouts to the same value.",
    ),
    ("psf/requests src/requests/models.py", "Files must be provided."),
    ("psf/requests src/requests/models.py", "Data must not be a string."),
    (
        "psf/requests src/requests/models.py",
        'Unsupported event specified, with event name "request"',
    ),
    (
        "psf/requests src/requests/models.py",
        "Invalid URL 'httpbin.org/get': No scheme supplied. Perhaps you meant https://httpbin.org/get?",
    ),
    ("psf/requests src/requests/models.py", "Invalid URL 'https://': No host supplied"),
    ("psf/requests src/requests/models.py", "URL has an invalid label."),
    ("psf/requests src/requests/models.py", "Streamed bodies and files are mutually exclusive."),
    (
        "psf/requests src/requests/models.py",
        "chunk_size must be an int, it is instead a <class 'str'>.",
    ),
    ("axios/axios lib/adapters/adapters.js", "Unknown adapter 'http2'"),
    (
        "axios/axios lib/adapters/adapters.js",
        "There is no suitable adapter to dispatch the request since :\n- adapter xhr is not supported by the environment\n- adapter http is not available in the build",
    ),
    ("axios/axios lib/adapters/http.js", "address must be a string"),
    ("axios/axios lib/adapters/http.js", "Unsupported protocol file:"),
    (
        "axios/axios lib/adapters/http.js",
        "Data after transformation must be a string, an ArrayBuffer, a Buffer, or a Stream",
    ),
    ("axios/axios lib/adapters/http.js", "Request body larger than maxBodyLength limit"),
    ("axios/axios lib/adapters/http.js", "maxContentLength size of 2000 exceeded"),
    ("axios/axios lib/adapters/http.js", "stream has been aborted"),
    ("axios/axios lib/adapters/http.js", "error trying to parse `config.timeout` to int"),
    ("axios/axios lib/adapters/http.js", "timeout of 5000ms exceeded"),
    ("axios/axios lib/adapters/http.js", "Request stream has been aborted"),
    ("axios/axios lib/core/settle.js", "Request failed with status code 404"),
    ("axios/axios lib/adapters/xhr.js", "Request aborted"),
    ("axios/axios lib/adapters/xhr.js", "Network Error"),
    ("axios/axios lib/adapters/fetch.js", "Response type 'stream' is not supported"),
    ("axios/axios lib/helpers/validator.js", "baseUrl is likely a misspelling of baseURL"),
    ("axios/axios lib/helpers/validator.js", "options must be an object"),
    ("axios/axios lib/helpers/validator.js", "option encode must be a function"),
    ("axios/axios lib/helpers/validator.js", "Unknown option serialise"),
    (
        "encode/uvicorn uvicorn/config.py",
        "Current configuration will not reload as not all conditions are met, please refer to documentation.",
    ),
    (
        "encode/uvicorn uvicorn/config.py",
        "Provided reload directories ['src'] did not contain valid directories, watching current working directory.",
    ),
    ("encode/uvicorn uvicorn/config.py", "Will watch for changes in these directories: ['/app']"),
    ("encode/uvicorn uvicorn/config.py", "Loading environment from '.env'"),
    ("encode/uvicorn uvicorn/config.py", '"workers" flag is ignored when reloading is enabled.'),
    ("encode/uvicorn uvicorn/config.py", 'Error loading ASGI app. Could not import module "main".'),
    (
        "encode/uvicorn uvicorn/config.py",
        "Error loading ASGI app factory: create_app() takes 0 positional arguments but 1 was given",
    ),
    (
        "encode/uvicorn uvicorn/config.py",
        "ASGI app factory detected. Using it, but please consider setting the --factory flag explicitly.",
    ),
    (
        "encode/uvicorn uvicorn/config.py",
        'Error loading custom loop setup function. Could not import module "uvloop".',
    ),
    (
        "encode/uvicorn uvicorn/config.py",
        "Uvicorn running on unix socket /tmp/uvicorn.sock (Press CTRL+C to quit)",
    ),
    (
        "encode/uvicorn uvicorn/config.py",
        "Uvicorn running on http://127.0.0.1:8000 (Press CTRL+C to quit)",
    ),
    (
        "encode/uvicorn uvicorn/importer.py",
        'Import string "main" must be in format "<module>:<attribute>".',
    ),
    ("encode/uvicorn uvicorn/importer.py", 'Could not import module "main".'),
    ("encode/uvicorn uvicorn/importer.py", 'Attribute "app" not found in module "main".'),
    (
        "encode/uvicorn uvicorn/main.py",
        "You must pass the application as an import string to enable 'reload' or 'workers'.",
    ),
    (
        "encode/uvicorn uvicorn/main.py",
        "uvicorn.main.ServerState is deprecated, use uvicorn.server.ServerState instead.",
    ),
    ("encode/uvicorn uvicorn/main.py", "module uvicorn.main has no attribute ServerConfig"),
    (
        "encode/uvicorn uvicorn/server.py",
        "Maximum request limit of 10000 exceeded. Terminating process.",
    ),
    (
        "mochajs/mocha lib/cli/config.cjs",
        "Unable to read/parse .mocharc.json: SyntaxError: Unexpected end of JSON input",
    ),
    (
        "mochajs/mocha lib/cli/options.cjs",
        "Unable to read package.json: Error: ENOENT: no such file or directory, open 'package.json'",
    ),
    (
        "mochajs/mocha lib/cli/options.cjs",
        "Unable to parse package.json: SyntaxError: Unexpected token } in JSON at position 412",
    ),
    (
        "mochajs/mocha lib/cli/run-helpers.cjs",
        'Warning: Cannot find any files matching pattern "test/setup.js" at the absolute path "/app/test/setup.js"',
    ),
    ("mochajs/mocha lib/cli/run-helpers.cjs", '"--reporter" can only be specified once'),
    ("mochajs/mocha lib/cli/run.cjs", "invalid reporter option 'output'"),
    (
        "mochajs/mocha lib/cli/run.cjs",
        "Arguments list-interfaces and list-reporters are mutually exclusive",
    ),
    (
        "mochajs/mocha lib/cli/run.cjs",
        '"--invert" requires one of "--fgrep <str>" or "--grep <regexp>"',
    ),
    ("mochajs/mocha lib/cli/run.cjs", "Arguments fgrep and grep are mutually exclusive"),
    (
        "mochajs/mocha lib/cli/run.cjs",
        "--parallel runs test files in a non-deterministic order, and is mutually exclusive with --file",
    ),
    (
        "mochajs/mocha lib/cli/run.cjs",
        "--parallel runs test files in a non-deterministic order, and is mutually exclusive with --sort",
    ),
    ("mochajs/mocha lib/cli/run.cjs", "--reporter=progress is mutually exclusive with --parallel"),
    ("mochajs/mocha lib/cli/collect-files.cjs", 'Error: No test files found: "./test/*.spec.js"'),
    ("mochajs/mocha lib/cli/collect-files.cjs", "Error: No test files found"),
    ("mochajs/mocha lib/mocha.cjs", "invalid interface 'jasmine'"),
    ("mochajs/mocha lib/mocha.cjs", "unloadFile() is only supported in a Node.js environment"),
    ("mochajs/mocha lib/mocha.cjs", "Mocha instance is already disposed, it cannot be used again."),
    (
        "python-lsp/python-lsp-server pylsp/config/config.py",
        "Failed to load hook pylsp_lint: No module named 'pyflakes'",
    ),
    (
        "python-lsp/python-lsp-server pylsp/config/config.py",
        "Failed to load pylsp entry point 'rope_autoimport': No module named 'rope'",
    ),
    (
        "python-lsp/python-lsp-server pylsp/config/config.py",
        "Updated settings to {'plugins': {'pycodestyle': {'enabled': False}, 'flake8': {'enabled': True}}}",
    ),
    ("python-lsp/python-lsp-server pylsp/config/config.py", "Disabled plugins: []"),
    (
        "python-lsp/python-lsp-server pylsp/python_lsp.py",
        "Handler class must be an instance of PythonLSPServer",
    ),
    (
        "python-lsp/python-lsp-server pylsp/python_lsp.py",
        "Serving PythonLSPServer on (127.0.0.1, 2087)",
    ),
    ("python-lsp/python-lsp-server pylsp/python_lsp.py", "Shutting down"),
    (
        "python-lsp/python-lsp-server pylsp/python_lsp.py",
        "Starting PythonLSPServer IO language server",
    ),
    (
        "python-lsp/python-lsp-server pylsp/python_lsp.py",
        "websocket modules missing. Please run: pip install 'python-lsp-server[websockets]'",
    ),
    ("python-lsp/python-lsp-server pylsp/python_lsp.py", "Invalid notebook document"),
    (
        "python-lsp/python-lsp-server pylsp/workspace.py",
        "There was an error while trying to initialize progress reporting.Likely progress reporting was used in a synchronous LSP handler, which is not supported by progress reporting yet. To prevent waiting for the timeout you can set `skip_token_initialization=True`. Not every editor will show progress then, but many will.",
    ),
    (
        "python-lsp/python-lsp-server pylsp/plugins/flake8_lint.py",
        "skipping a Per-file-ignore with no file pattern",
    ),
    (
        "python-lsp/python-lsp-server pylsp/plugins/flake8_lint.py",
        "Error while running flake8 '/usr/bin/python3: No module named flake8'",
    ),
    (
        "python-lsp/python-lsp-server pylsp/plugins/pylint_lint.py",
        "Error calling pylint: '/usr/bin/python3: No module named pylint'",
    ),
    (
        "python-lsp/python-lsp-server pylsp/plugins/pylint_lint.py",
        "Error while running pylint '/usr/bin/python3: No module named pylint'",
    ),
    ("python-lsp/python-lsp-server pylsp/plugins/rope_autoimport.py", "Unknown feature: hover"),
    (
        "microsoft/vscode-vsce src/validation.ts",
        'Missing extension "publisher": "<ID>" in package.json. Learn more: https://code.visualstudio.com/api/working-with-extensions/publishing-extension#create-a-publisher',
    ),
    (
        "microsoft/vscode-vsce src/validation.ts",
        'Invalid extension "publisher": "Red Hat" in package.json. Expected the identifier of a publisher, not its human-friendly name. Learn more: https://code.visualstudio.com/api/working-with-extensions/publishing-extension#create-a-publisher',
    ),
    (
        "microsoft/vscode-vsce src/validation.ts",
        'Missing extension "name": "<name>" in package.json. Learn more: https://code.visualstudio.com/api/references/extension-manifest',
    ),
    (
        "microsoft/vscode-vsce src/validation.ts",
        'Invalid extension "name": "Hello World" in package.json. Learn more: https://code.visualstudio.com/api/references/extension-manifest',
    ),
    (
        "microsoft/vscode-vsce src/validation.ts",
        'Missing extension "version": "<version>" in package.json. Learn more: https://code.visualstudio.com/api/references/extension-manifest',
    ),
    (
        "microsoft/vscode-vsce src/validation.ts",
        'Invalid extension "version": "1.0" in package.json. Learn more:\thttps://code.visualstudio.com/api/references/extension-manifest',
    ),
    (
        "microsoft/vscode-vsce src/validation.ts",
        'Missing vscode engine compatibility version. ("engines": { "vscode": "<version>" } in package.json) Learn more: https://code.visualstudio.com/api/working-with-extensions/publishing-extension#visual-studio-code-compatibility',
    ),
    (
        "microsoft/vscode-vsce src/validation.ts",
        'Invalid vscode engine compatibility version \'~1.80\'. ("engines": { "vscode": "~1.80" } in package.json) Learn more: https://code.visualstudio.com/api/working-with-extensions/publishing-extension#visual-studio-code-compatibility',
    ),
    ("microsoft/vscode-vsce src/validation.ts", "Missing @types/vscode version"),
    ("microsoft/vscode-vsce src/validation.ts", "Failed to parse semver of engines.vscode"),
    ("microsoft/vscode-vsce src/validation.ts", "Failed to parse semver of @types/vscode"),
    (
        "microsoft/vscode-vsce src/validation.ts",
        "@types/vscode ^1.90.0 greater than engines.vscode ^1.85.0. Either upgrade engines.vscode or use an older @types/vscode version",
    ),
    (
        "microsoft/vscode-vsce src/validation.ts",
        'The "github.copilot" extension is being deprecated in favor of the "github.copilot-chat" extension. Please use "github.copilot-chat" in extensionDependencies instead and remove any references to "github.copilot".',
    ),
    ("microsoft/vscode-vsce src/package.ts", "Failed to get minVersion of engines.vscode"),
    (
        "microsoft/vscode-vsce src/package.ts",
        "Platform specific extension is supported by VS Code >=1.61. Current 'engines.vscode' is '^1.60.0'.",
    ),
    (
        "microsoft/vscode-vsce src/package.ts",
        "'linux-x86' is not a valid VS Code target. Valid targets: win32-x64, win32-arm64, linux-x64, linux-arm64, linux-armhf, darwin-x64, darwin-arm64, alpine-x64, alpine-arm64, web",
    ),
    (
        "microsoft/vscode-vsce src/package.ts",
        "Pre-release versions are supported by VS Code >=1.63. Current 'engines.vscode' is '^1.62.0'.",
    ),
    (
        "microsoft/vscode-vsce src/package.ts",
        "The 'extensionKind' property should be of type 'string[]'. Learn more at: https://aka.ms/vscode/api/incorrect-execution-location",
    ),
    (
        "brianc/node-postgres packages/pg/lib/client.js",
        "Client.activeQuery is deprecated and will be removed in pg@9.0",
    ),
    (
        "brianc/node-postgres packages/pg/lib/client.js",
        "Client.queryQueue is deprecated and will be removed in pg@9.0.",
    ),
    (
        "brianc/node-postgres packages/pg/lib/client.js",
        "pgpass support is deprecated and will be removed in pg@9.0. You can provide an async function as the password property to the Client/Pool constructor that returns a password instead. Within this function you can call the pgpass module in your own code.",
    ),
    (
        "brianc/node-postgres packages/pg/lib/client.js",
        "Passing a custom Promise implementation to the Client/Pool constructor is deprecated and will be removed in pg@9.0.",
    ),
    (
        "brianc/node-postgres packages/pg/lib/client.js",
        "Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead.",
    ),
    (
        "brianc/node-postgres packages/pg/lib/client.js",
        "Client has already been connected. You cannot reuse a client.",
    ),
    ("brianc/node-postgres packages/pg/lib/client.js", "timeout expired"),
    ("brianc/node-postgres packages/pg/lib/client.js", "Connection terminated"),
    ("brianc/node-postgres packages/pg/lib/client.js", "Connection terminated unexpectedly"),
    ("brianc/node-postgres packages/pg/lib/client.js", "Password must be a string"),
    (
        "brianc/node-postgres packages/pg/lib/client.js",
        "Received unexpected rowDescription message from backend.",
    ),
    (
        "brianc/node-postgres packages/pg/lib/client.js",
        "Received unexpected dataRow message from backend.",
    ),
    (
        "brianc/node-postgres packages/pg/lib/client.js",
        "Received unexpected portalSuspended message from backend.",
    ),
    (
        "brianc/node-postgres packages/pg/lib/client.js",
        "Received unexpected emptyQuery message from backend.",
    ),
    (
        "brianc/node-postgres packages/pg/lib/client.js",
        "Received unexpected commandComplete message from backend.",
    ),
    (
        "brianc/node-postgres packages/pg/lib/client.js",
        "Received unexpected parseComplete message from backend.",
    ),
    (
        "brianc/node-postgres packages/pg/lib/client.js",
        "Received unexpected copyInResponse message from backend.",
    ),
    (
        "brianc/node-postgres packages/pg/lib/client.js",
        "Received unexpected copyData message from backend.",
    ),
    (
        "redis/redis-py redis/connection.py",
        "Maintenance notifications are only supported with hiredis and RESP3 parsers!",
    ),
    (
        "redis/redis-py redis/connection.py",
        "To configure maintenance notifications, a parser must be provided!",
    ),
    (
        "redis/redis-py redis/connection.py",
        "Cannot enable maintenance notifications for connection object that doesn't have a host attribute.",
    ),
    ("redis/redis-py redis/connection.py", "The server doesn't support maintenance notifications"),
    (
        "redis/redis-py redis/connection.py",
        "'username' and 'password' cannot be passed along with 'credential_provider'. Please provide only one of the following arguments: \n1. 'password' and (optional) 'username'\n2. 'credential_provider'",
    ),
    ("redis/redis-py redis/connection.py", "protocol must be an integer"),
    ("redis/redis-py redis/connection.py", "protocol must be either 2 or 3"),
    (
        "redis/redis-py redis/connection.py",
        "Error 111 connecting to localhost:6379. Connection refused.",
    ),
    ("redis/redis-py redis/connection.py", "Invalid Username or Password"),
    ("redis/redis-py redis/connection.py", "Invalid RESP version"),
    ("redis/redis-py redis/connection.py", "Error setting client name"),
    ("redis/redis-py redis/connection.py", "Invalid Database"),
    ("redis/redis-py redis/connection.py", "Bad response from PING health check"),
    ("redis/redis-py redis/connection.py", "Timeout writing to socket"),
    ("redis/redis-py redis/connection.py", "Error 32 while writing to socket. Broken pipe."),
    (
        "redis/redis-py redis/connection.py",
        "Error while reading from localhost:6379: (104, 'Connection reset by peer')",
    ),
    ("redis/redis-py redis/connection.py", "Timeout reading from localhost:6379"),
    (
        "chroma-core/chroma chromadb/__init__.py",
        "\x1b[91mYour system has an unsupported version of sqlite3. Chroma                     requires sqlite3 >= 3.35.0.\x1b[0m\n\x1b[94mPlease visit                     https://docs.trychroma.com/troubleshooting#sqlite to learn how                     to upgrade.\x1b[0m",
    ),
    (
        "chroma-core/chroma chromadb/__init__.py",
        "Chroma server host provided in settings[localhost] is different to the one provided in HttpClient: [127.0.0.1]",
    ),
    (
        "chroma-core/chroma chromadb/__init__.py",
        "Chroma server http port provided in settings[8000] is different to the one provided in HttpClient: [8001]",
    ),
    (
        "chroma-core/chroma chromadb/__init__.py",
        "Missing required arguments: api_key. Please provide them or set the environment variables: CHROMA_API_KEY",
    ),
    ("chroma-core/chroma chromadb/config.py", "Missing required config value 'chroma_server_host'"),
    (
        "chroma-core/chroma chromadb/config.py",
        "Chroma is running in http-only client mode, and can only be run with 'chromadb.api.fastapi.FastAPI' or 'chromadb.api.async_fastapi.AsyncFastAPI' as the chroma_api_impl.             see https://docs.trychroma.com/guides#using-the-python-http-only-client for more information.",
    ),
    (
        "chroma-core/chroma chromadb/config.py",
        "Failed to set chroma_segment_cache_policy: Only LRU is available.",
    ),
    (
        "chroma-core/chroma chromadb/config.py",
        "Failed to set chroma_segment_cache_policy: chroma_memory_limit_bytes is require.",
    ),
    (
        "chroma-core/chroma chromadb/config.py",
        "chroma_server_nofile cannot be set to a value greater than the current hard limit of 65536. Keeping soft limit at 1024",
    ),
    ("chroma-core/chroma chromadb/config.py", "Set chroma_server_nofile to 65535"),
    (
        "chroma-core/chroma chromadb/config.py",
        "Failed to set chroma_server_nofile to 65535: not allowed to raise maximum limit nofile soft limit will remain at 1024",
    ),
    (
        "chroma-core/chroma chromadb/config.py",
        "chroma_server_nofile is set to 512, but this is less than current soft limit of 1024. chroma_server_nofile will not be set.",
    ),
    (
        "chroma-core/chroma chromadb/config.py",
        "chroma_server_nofile is not supported on Windows. chroma_server_nofile will not be set.",
    ),
    (
        "chroma-core/chroma chromadb/config.py",
        "Cannot instantiate abstract type: <class 'chromadb.api.ServerAPI'>",
    ),
    (
        "chroma-core/chroma chromadb/config.py",
        "Resetting is not allowed by this configuration (to enable it, set `allow_reset` to `True` in your Settings() or include `ALLOW_RESET=TRUE` in your environment variables)",
    ),
    (
        "chroma-core/chroma chromadb/api/client.py",
        "Conditional transactions are only supported when connecting to a Chroma server via HttpClient.",
    ),
    (
        "milvus-io/pymilvus pymilvus/exceptions.py",
        "connection configuration must contain 'host' and 'port'.",
    ),
    ("milvus-io/pymilvus pymilvus/exceptions.py", "Type of 'host' must be str."),
    ("milvus-io/pymilvus pymilvus/exceptions.py", "Type of 'port' must be str or int."),
    (
        "milvus-io/pymilvus pymilvus/exceptions.py",
        "Alias of 'default' already creating connections, but the configure is not the same as passed in.",
    ),
    ("milvus-io/pymilvus pymilvus/exceptions.py", "Alias should be string, but 1 is given."),
    (
        "milvus-io/pymilvus pymilvus/exceptions.py",
        "You need to pass in the configuration of the connection named 'default' .",
    ),
    ("milvus-io/pymilvus pymilvus/exceptions.py", "should create connection first."),
    (
        "milvus-io/pymilvus pymilvus/exceptions.py",
        "Collection 'demo_collection' not exist, or you can pass in schema to create one.",
    ),
    ("milvus-io/pymilvus pymilvus/exceptions.py", "Should be passed into the schema."),
    ("milvus-io/pymilvus pymilvus/exceptions.py", "The field of the schema cannot be empty."),
    ("milvus-io/pymilvus pymilvus/exceptions.py", "Schema type must be schema.CollectionSchema."),
    (
        "milvus-io/pymilvus pymilvus/exceptions.py",
        "The collection already exist, but the schema is not the same as the schema passed in.",
    ),
    (
        "milvus-io/pymilvus pymilvus/exceptions.py",
        "Auto_id is True, primary field should not have data.",
    ),
    ("milvus-io/pymilvus pymilvus/exceptions.py", "Param auto_id must be bool type."),
    ("milvus-io/pymilvus pymilvus/exceptions.py", "Param num_partitions must be int type."),
    ("aio-libs/aiohttp aiohttp/client.py", "Connection timeout to host https://api.github.com/"),
    ("aio-libs/aiohttp aiohttp/client.py", "base_url must have a trailing '/'"),
    (
        "aio-libs/aiohttp aiohttp/client.py",
        "ssl should be SSLContext, Fingerprint, or bool, got 'true' instead.",
    ),
    (
        "aio-libs/aiohttp aiohttp/client.py",
        "timeout parameter cannot be of <class 'int'> type, please use 'timeout=ClientTimeout(...)'",
    ),
    (
        "aio-libs/aiohttp aiohttp/client.py",
        "The ssl_shutdown_timeout parameter is deprecated and will be removed in aiohttp 4.0",
    ),
    ("aio-libs/aiohttp aiohttp/client.py", "Session and connector have to use same event loop"),
    (
        "aio-libs/aiohttp aiohttp/client.py",
        "Inheritance class MyClientSession from ClientSession is forbidden",
    ),
    ("aio-libs/aiohttp aiohttp/client.py", "Session is closed"),
    (
        "aio-libs/aiohttp aiohttp/client.py",
        "data and json parameters can not be used at the same time",
    ),
    (
        "aio-libs/aiohttp aiohttp/client.py",
        "Cannot combine AUTHORIZATION header with credentials encoded in URL",
    ),
    (
        "aio-libs/aiohttp aiohttp/client.py",
        "Cannot follow redirect with a consumed request body. Use bytes, a seekable file-like object, or set allow_redirects=False.",
    ),
    (
        "aio-libs/aiohttp aiohttp/client.py",
        "http:///login - Server attempted redirecting to a location that does not look like a URL",
    ),
    (
        "aio-libs/aiohttp aiohttp/client.py",
        "https://pypi.org:99999/simple/ - Invalid redirect URL origin",
    ),
    (
        "aio-libs/aiohttp aiohttp/client.py",
        "parameter 'timeout' of type 'float' is deprecated, please use 'timeout=ClientWSTimeout(ws_close=...)'",
    ),
    (
        "aio-libs/aiohttp aiohttp/client.py",
        "float parameter 'receive_timeout' is deprecated, please use parameter 'timeout=ClientWSTimeout(ws_receive=...)'",
    ),
    (
        "aio-libs/aiohttp aiohttp/client.py",
        "200, message='Invalid response status', url='wss://echo.websocket.org/'",
    ),
    (
        "urllib3/urllib3 src/urllib3/__init__.py",
        "urllib3 v2 only supports OpenSSL 1.1.1+, currently the 'ssl' module is compiled with 'LibreSSL 2.8.3'. See: https://github.com/urllib3/urllib3/issues/3020",
    ),
    (
        "urllib3/urllib3 src/urllib3/__init__.py",
        "urllib3 v2 only supports OpenSSL 1.1.1+, currently the 'ssl' module is compiled with 'OpenSSL 1.0.2k-fips  26 Jan 2017'. See: https://github.com/urllib3/urllib3/issues/2168",
    ),
    ("urllib3/urllib3 src/urllib3/connectionpool.py", "No host specified."),
    (
        "urllib3/urllib3 src/urllib3/connectionpool.py",
        "HTTPConnectionPool(host='localhost', port=8000): Pool is closed.",
    ),
    (
        "urllib3/urllib3 src/urllib3/connectionpool.py",
        "HTTPSConnectionPool(host='pypi.org', port=443): Pool is empty and a new connection can't be opened due to blocking mode.",
    ),
    (
        "urllib3/urllib3 src/urllib3/connectionpool.py",
        "HTTPSConnectionPool(host='pypi.org', port=443): Pool reached maximum size and no more connections are allowed.",
    ),
    (
        "urllib3/urllib3 src/urllib3/connectionpool.py",
        "Connection pool is full, discarding connection: pypi.org. Connection pool size: 10",
    ),
    (
        "urllib3/urllib3 src/urllib3/connectionpool.py",
        "HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)",
    ),
    (
        "urllib3/urllib3 src/urllib3/connectionpool.py",
        "HTTPSConnectionPool(host='pypi.org', port=443): Tried to open a foreign host with url: https://files.pythonhosted.org/packages/",
    ),
    (
        "urllib3/urllib3 src/urllib3/connectionpool.py",
        "Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProtocolError('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))': /simple/requests/",
    ),
    (
        "urllib3/urllib3 src/urllib3/connectionpool.py",
        "Can't connect to HTTPS URL because the SSL module is not available.",
    ),
    (
        "urllib3/urllib3 src/urllib3/connectionpool.py",
        "Unverified HTTPS request is being made to host 'localhost'. Adding certificate verification is strongly advised. See: https://urllib3.readthedocs.io/en/latest/advanced-usage.html#tls-warnings",
    ),
    (
        "urllib3/urllib3 src/urllib3/connection.py",
        "Connection to pypi.org timed out. (connect timeout=15)",
    ),
    (
        "urllib3/urllib3 src/urllib3/connection.py",
        "Failed to establish a new connection: [Errno 111] Connection refused",
    ),
    (
        "urllib3/urllib3 src/urllib3/connection.py",
        "Invalid proxy scheme for tunneling: 'socks5', must be either 'http' or 'https'",
    ),
    (
        "encode/starlette starlette/applications.py",
        "Cannot add middleware after an application has started",
    ),
    (
        "encode/starlette starlette/applications.py",
        "The `exception_handler` decorator is deprecated, and will be removed in version 1.0.0. Refer to https://www.starlette.io/exceptions/ for the recommended approach.",
    ),
    (
        "encode/starlette starlette/applications.py",
        "The `route` decorator is deprecated, and will be removed in version 1.0.0. Refer to https://www.starlette.io/routing/ for the recommended approach.",
    ),
    (
        "encode/starlette starlette/applications.py",
        "The `websocket_route` decorator is deprecated, and will be removed in version 1.0.0. Refer to https://www.starlette.io/routing/#websocket-routing for the recommended approach.",
    ),
    (
        "encode/starlette starlette/applications.py",
        "The `middleware` decorator is deprecated, and will be removed in version 1.0.0. Refer to https://www.starlette.io/middleware/#using-middleware for recommended approach.",
    ),
    (
        "encode/starlette starlette/config.py",
        "Attempting to set environ['DATABASE_URL'], but the value has already been read.",
    ),
    (
        "encode/starlette starlette/config.py",
        "Attempting to delete environ['DATABASE_URL'], but the value has already been read.",
    ),
    ("encode/starlette starlette/config.py", "Config file '.env' not found."),
    ("encode/starlette starlette/config.py", "Config 'SECRET_KEY' is missing, and has no default."),
    ("encode/starlette starlette/config.py", "Config 'DEBUG' has value 'yes'. Not a valid bool."),
    ("encode/starlette starlette/config.py", "Config 'PORT' has value 'http'. Not a valid int."),
    (
        "encode/starlette starlette/routing.py",
        "iscoroutinefunction_or_partial is deprecated, and will be removed in a future release.",
    ),
    (
        "encode/starlette starlette/routing.py",
        "Duplicated param name id at path /users/{id}/items/{id}",
    ),
    ("encode/starlette starlette/routing.py", 'No route exists for name "static" and params "".'),
    (
        "encode/starlette starlette/routing.py",
        "The on_startup and on_shutdown parameters are deprecated, and they will be removed on version 1.0. Use the lifespan parameter instead. See more about it on https://www.starlette.io/lifespan/.",
    ),
    (
        "encode/starlette starlette/routing.py",
        "The `lifespan` parameter cannot be used with `on_startup` or `on_shutdown`. Both `on_startup` and `on_shutdown` will be ignored.",
    ),
    (
        "huggingface/safetensors safetensors/src/tensor.rs",
        "invalid UTF-8 in header: invalid utf-8 sequence of 1 bytes from index 8",
    ),
    (
        "huggingface/safetensors safetensors/src/tensor.rs",
        "invalid JSON in header: EOF while parsing an object at line 1 column 120",
    ),
    (
        "huggingface/safetensors safetensors/src/tensor.rs",
        "JSON error: key must be a string at line 1 column 2",
    ),
    ("huggingface/safetensors safetensors/src/tensor.rs", "header too large"),
    ("huggingface/safetensors safetensors/src/tensor.rs", "header too small"),
    ("huggingface/safetensors safetensors/src/tensor.rs", "invalid header length"),
    ("huggingface/safetensors safetensors/src/tensor.rs", "tensor `lm_head.weight` not found"),
    (
        "huggingface/safetensors safetensors/src/tensor.rs",
        "invalid shape, data type, or offset for tensor",
    ),
    (
        "huggingface/safetensors safetensors/src/tensor.rs",
        "invalid offset for tensor `model.embed_tokens.weight`",
    ),
    (
        "huggingface/safetensors safetensors/src/tensor.rs",
        "I/O error: No such file or directory (os error 2)",
    ),
    (
        "huggingface/safetensors safetensors/src/tensor.rs",
        "tensor of type F32 and shape (4096, 4096) can't be created from 1024 bytes",
    ),
    (
        "huggingface/safetensors safetensors/src/tensor.rs",
        "incomplete metadata, file not fully covered",
    ),
    (
        "huggingface/safetensors safetensors/src/tensor.rs",
        "overflow computing buffer size from shape and/or element type",
    ),
    (
        "huggingface/safetensors safetensors/src/tensor.rs",
        "The slice is slicing for subbytes dtypes, and the slice does not end up at a byte boundary, this is invalid.",
    ),
    (
        "huggingface/safetensors bindings/python/py_src/safetensors/torch.py",
        'Error(s) in loading state_dict for GPT2LMHeadModel:\n    Missing key(s) in state_dict: "lm_head.weight"',
    ),
    (
        "huggingface/safetensors bindings/python/py_src/safetensors/torch.py",
        "Expected a dict of [str, torch.Tensor] but received <class 'list'>",
    ),
    (
        "huggingface/safetensors bindings/python/py_src/safetensors/torch.py",
        "Key `lm_head.weight` is invalid, expected torch.Tensor but received <class 'NoneType'>",
    ),
    (
        "huggingface/tokenizers bindings/python/src/tokenizer.rs",
        "Ignored unknown kwarg option strip",
    ),
    ("huggingface/tokenizers bindings/python/src/tokenizer.rs", "TextInputSequence must be str"),
    ("huggingface/tokenizers bindings/python/src/tokenizer.rs", "Expected an np.array"),
    (
        "huggingface/tokenizers bindings/python/src/tokenizer.rs",
        "Expected a 1 dimensional np.array",
    ),
    ("huggingface/tokenizers bindings/python/src/tokenizer.rs", "Expected a contiguous np.array"),
    ("huggingface/tokenizers bindings/python/src/tokenizer.rs", "Expected a np.array[dtype='U']"),
    (
        "huggingface/tokenizers bindings/python/src/tokenizer.rs",
        "PreTokenizedInputSequence must be Union[List[str], Tuple[str]]",
    ),
    (
        "huggingface/tokenizers bindings/python/src/tokenizer.rs",
        "TextEncodeInput must be Union[TextInputSequence, Tuple[InputSequence, InputSequence]]",
    ),
    (
        "huggingface/tokenizers bindings/python/src/tokenizer.rs",
        "PreTokenizedEncodeInput must be Union[PreTokenizedInputSequence, Tuple[PreTokenizedInputSequence, PreTokenizedInputSequence]]",
    ),
    (
        "huggingface/tokenizers bindings/python/src/tokenizer.rs",
        "PreTokenizedInputSequence must be List[str] | Tuple[str] | np.ndarray[U] | np.ndarray[object[str]]",
    ),
    (
        "huggingface/tokenizers bindings/python/src/tokenizer.rs",
        "Cannot instantiate Tokenizer from buffer: expected value at line 1 column 1",
    ),
    (
        "huggingface/tokenizers bindings/python/src/tokenizer.rs",
        "enable_padding(max_length=X) is deprecated, use enable_padding(length=X) instead",
    ),
    (
        "huggingface/tokenizers bindings/python/src/tokenizer.rs",
        "Input must be a List[Union[str, AddedToken]]",
    ),
    (
        "huggingface/tokenizers tokenizers/src/tokenizer/mod.rs",
        "encodings vector length must be either 1 or 2",
    ),
    (
        "huggingface/tokenizers tokenizers/src/tokenizer/mod.rs",
        "tokenizer stride set to 512, which is greater than or equal to its effective max length of 510 (= 512 original max length - 2 added special tokens), ",
    ),
]
