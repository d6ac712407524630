"""Contains all the data models used in inputs/outputs"""

from .api_response import ApiResponse
from .create_task_data import CreateTaskData
from .create_task_response import CreateTaskResponse
from .credits_response import CreditsResponse
from .download_url_request import DownloadUrlRequest
from .download_url_response import DownloadUrlResponse
from .file_base_64_upload_request import FileBase64UploadRequest
from .file_stream_upload_request import FileStreamUploadRequest
from .file_upload_response import FileUploadResponse
from .file_url_upload_request import FileUrlUploadRequest
from .hailuo_02_image_to_video_pro_input import Hailuo02ImageToVideoProInput
from .hailuo_02_image_to_video_pro_request import Hailuo02ImageToVideoProRequest
from .hailuo_02_image_to_video_pro_request_model import (
    Hailuo02ImageToVideoProRequestModel,
)
from .hailuo_02_image_to_video_standard_input import Hailuo02ImageToVideoStandardInput
from .hailuo_02_image_to_video_standard_input_duration import (
    Hailuo02ImageToVideoStandardInputDuration,
)
from .hailuo_02_image_to_video_standard_input_resolution import (
    Hailuo02ImageToVideoStandardInputResolution,
)
from .hailuo_02_image_to_video_standard_request import (
    Hailuo02ImageToVideoStandardRequest,
)
from .hailuo_02_image_to_video_standard_request_model import (
    Hailuo02ImageToVideoStandardRequestModel,
)
from .kling_26_image_to_video_input import Kling26ImageToVideoInput
from .kling_26_image_to_video_input_duration import Kling26ImageToVideoInputDuration
from .kling_26_image_to_video_request import Kling26ImageToVideoRequest
from .kling_26_image_to_video_request_model import Kling26ImageToVideoRequestModel
from .record_info import RecordInfo
from .record_info_response import RecordInfoResponse
from .uploaded_file import UploadedFile
from .wan_25_image_to_video_input import Wan25ImageToVideoInput
from .wan_25_image_to_video_input_duration import Wan25ImageToVideoInputDuration
from .wan_25_image_to_video_input_resolution import Wan25ImageToVideoInputResolution
from .wan_25_image_to_video_request import Wan25ImageToVideoRequest
from .wan_25_image_to_video_request_model import Wan25ImageToVideoRequestModel

__all__ = (
    "ApiResponse",
    "CreateTaskData",
    "CreateTaskResponse",
    "CreditsResponse",
    "DownloadUrlRequest",
    "DownloadUrlResponse",
    "FileBase64UploadRequest",
    "FileStreamUploadRequest",
    "FileUploadResponse",
    "FileUrlUploadRequest",
    "Hailuo02ImageToVideoProInput",
    "Hailuo02ImageToVideoProRequest",
    "Hailuo02ImageToVideoProRequestModel",
    "Hailuo02ImageToVideoStandardInput",
    "Hailuo02ImageToVideoStandardInputDuration",
    "Hailuo02ImageToVideoStandardInputResolution",
    "Hailuo02ImageToVideoStandardRequest",
    "Hailuo02ImageToVideoStandardRequestModel",
    "Kling26ImageToVideoInput",
    "Kling26ImageToVideoInputDuration",
    "Kling26ImageToVideoRequest",
    "Kling26ImageToVideoRequestModel",
    "RecordInfo",
    "RecordInfoResponse",
    "UploadedFile",
    "Wan25ImageToVideoInput",
    "Wan25ImageToVideoInputDuration",
    "Wan25ImageToVideoInputResolution",
    "Wan25ImageToVideoRequest",
    "Wan25ImageToVideoRequestModel",
)
