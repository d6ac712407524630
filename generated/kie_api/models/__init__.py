"""Contains all the data models used in inputs/outputs"""

from .api_response import ApiResponse
from .bytedance_seedance_2_fast_input import BytedanceSeedance2FastInput
from .bytedance_seedance_2_fast_input_aspect_ratio import (
    BytedanceSeedance2FastInputAspectRatio,
)
from .bytedance_seedance_2_fast_input_resolution import (
    BytedanceSeedance2FastInputResolution,
)
from .bytedance_seedance_2_fast_request import BytedanceSeedance2FastRequest
from .bytedance_seedance_2_fast_request_model import BytedanceSeedance2FastRequestModel
from .bytedance_seedance_2_input import BytedanceSeedance2Input
from .bytedance_seedance_2_input_aspect_ratio import BytedanceSeedance2InputAspectRatio
from .bytedance_seedance_2_input_resolution import BytedanceSeedance2InputResolution
from .bytedance_seedance_2_request import BytedanceSeedance2Request
from .bytedance_seedance_2_request_model import BytedanceSeedance2RequestModel
from .bytedance_seedance_15_pro_input import BytedanceSeedance15ProInput
from .bytedance_seedance_15_pro_input_aspect_ratio import (
    BytedanceSeedance15ProInputAspectRatio,
)
from .bytedance_seedance_15_pro_input_duration import (
    BytedanceSeedance15ProInputDuration,
)
from .bytedance_seedance_15_pro_input_resolution import (
    BytedanceSeedance15ProInputResolution,
)
from .bytedance_seedance_15_pro_request import BytedanceSeedance15ProRequest
from .bytedance_seedance_15_pro_request_model import BytedanceSeedance15ProRequestModel
from .bytedance_v1_lite_image_to_video_input import BytedanceV1LiteImageToVideoInput
from .bytedance_v1_lite_image_to_video_input_duration import (
    BytedanceV1LiteImageToVideoInputDuration,
)
from .bytedance_v1_lite_image_to_video_input_resolution import (
    BytedanceV1LiteImageToVideoInputResolution,
)
from .bytedance_v1_lite_image_to_video_request import BytedanceV1LiteImageToVideoRequest
from .bytedance_v1_lite_image_to_video_request_model import (
    BytedanceV1LiteImageToVideoRequestModel,
)
from .bytedance_v1_lite_text_to_video_input import BytedanceV1LiteTextToVideoInput
from .bytedance_v1_lite_text_to_video_input_aspect_ratio import (
    BytedanceV1LiteTextToVideoInputAspectRatio,
)
from .bytedance_v1_lite_text_to_video_input_duration import (
    BytedanceV1LiteTextToVideoInputDuration,
)
from .bytedance_v1_lite_text_to_video_input_resolution import (
    BytedanceV1LiteTextToVideoInputResolution,
)
from .bytedance_v1_lite_text_to_video_request import BytedanceV1LiteTextToVideoRequest
from .bytedance_v1_lite_text_to_video_request_model import (
    BytedanceV1LiteTextToVideoRequestModel,
)
from .bytedance_v1_pro_fast_image_to_video_input import (
    BytedanceV1ProFastImageToVideoInput,
)
from .bytedance_v1_pro_fast_image_to_video_input_duration import (
    BytedanceV1ProFastImageToVideoInputDuration,
)
from .bytedance_v1_pro_fast_image_to_video_input_resolution import (
    BytedanceV1ProFastImageToVideoInputResolution,
)
from .bytedance_v1_pro_fast_image_to_video_request import (
    BytedanceV1ProFastImageToVideoRequest,
)
from .bytedance_v1_pro_fast_image_to_video_request_model import (
    BytedanceV1ProFastImageToVideoRequestModel,
)
from .bytedance_v1_pro_image_to_video_input import BytedanceV1ProImageToVideoInput
from .bytedance_v1_pro_image_to_video_input_duration import (
    BytedanceV1ProImageToVideoInputDuration,
)
from .bytedance_v1_pro_image_to_video_input_resolution import (
    BytedanceV1ProImageToVideoInputResolution,
)
from .bytedance_v1_pro_image_to_video_request import BytedanceV1ProImageToVideoRequest
from .bytedance_v1_pro_image_to_video_request_model import (
    BytedanceV1ProImageToVideoRequestModel,
)
from .bytedance_v1_pro_text_to_video_input import BytedanceV1ProTextToVideoInput
from .bytedance_v1_pro_text_to_video_input_aspect_ratio import (
    BytedanceV1ProTextToVideoInputAspectRatio,
)
from .bytedance_v1_pro_text_to_video_input_duration import (
    BytedanceV1ProTextToVideoInputDuration,
)
from .bytedance_v1_pro_text_to_video_input_resolution import (
    BytedanceV1ProTextToVideoInputResolution,
)
from .bytedance_v1_pro_text_to_video_request import BytedanceV1ProTextToVideoRequest
from .bytedance_v1_pro_text_to_video_request_model import (
    BytedanceV1ProTextToVideoRequestModel,
)
from .create_task_data import CreateTaskData
from .create_task_response import CreateTaskResponse
from .credits_response import CreditsResponse
from .download_url_request import DownloadUrlRequest
from .download_url_response import DownloadUrlResponse
from .file_base_64_upload_request import FileBase64UploadRequest
from .file_stream_upload_request import FileStreamUploadRequest
from .file_upload_response import FileUploadResponse
from .file_url_upload_request import FileUrlUploadRequest
from .grok_imagine_extend_input import GrokImagineExtendInput
from .grok_imagine_extend_input_extend_times import GrokImagineExtendInputExtendTimes
from .grok_imagine_extend_request import GrokImagineExtendRequest
from .grok_imagine_extend_request_model import GrokImagineExtendRequestModel
from .grok_imagine_image_to_video_input import GrokImagineImageToVideoInput
from .grok_imagine_image_to_video_input_aspect_ratio import (
    GrokImagineImageToVideoInputAspectRatio,
)
from .grok_imagine_image_to_video_input_mode import GrokImagineImageToVideoInputMode
from .grok_imagine_image_to_video_input_resolution import (
    GrokImagineImageToVideoInputResolution,
)
from .grok_imagine_image_to_video_request import GrokImagineImageToVideoRequest
from .grok_imagine_image_to_video_request_model import (
    GrokImagineImageToVideoRequestModel,
)
from .grok_imagine_text_to_video_input import GrokImagineTextToVideoInput
from .grok_imagine_text_to_video_input_aspect_ratio import (
    GrokImagineTextToVideoInputAspectRatio,
)
from .grok_imagine_text_to_video_input_mode import GrokImagineTextToVideoInputMode
from .grok_imagine_text_to_video_input_resolution import (
    GrokImagineTextToVideoInputResolution,
)
from .grok_imagine_text_to_video_request import GrokImagineTextToVideoRequest
from .grok_imagine_text_to_video_request_model import GrokImagineTextToVideoRequestModel
from .grok_imagine_upscale_input import GrokImagineUpscaleInput
from .grok_imagine_upscale_request import GrokImagineUpscaleRequest
from .grok_imagine_upscale_request_model import GrokImagineUpscaleRequestModel
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
from .hailuo_02_text_to_video_pro_input import Hailuo02TextToVideoProInput
from .hailuo_02_text_to_video_pro_request import Hailuo02TextToVideoProRequest
from .hailuo_02_text_to_video_pro_request_model import (
    Hailuo02TextToVideoProRequestModel,
)
from .hailuo_02_text_to_video_standard_input import Hailuo02TextToVideoStandardInput
from .hailuo_02_text_to_video_standard_input_duration import (
    Hailuo02TextToVideoStandardInputDuration,
)
from .hailuo_02_text_to_video_standard_request import Hailuo02TextToVideoStandardRequest
from .hailuo_02_text_to_video_standard_request_model import (
    Hailuo02TextToVideoStandardRequestModel,
)
from .hailuo_23_image_to_video_pro_input import Hailuo23ImageToVideoProInput
from .hailuo_23_image_to_video_pro_input_duration import (
    Hailuo23ImageToVideoProInputDuration,
)
from .hailuo_23_image_to_video_pro_input_resolution import (
    Hailuo23ImageToVideoProInputResolution,
)
from .hailuo_23_image_to_video_pro_request import Hailuo23ImageToVideoProRequest
from .hailuo_23_image_to_video_pro_request_model import (
    Hailuo23ImageToVideoProRequestModel,
)
from .hailuo_23_image_to_video_standard_input import Hailuo23ImageToVideoStandardInput
from .hailuo_23_image_to_video_standard_input_duration import (
    Hailuo23ImageToVideoStandardInputDuration,
)
from .hailuo_23_image_to_video_standard_input_resolution import (
    Hailuo23ImageToVideoStandardInputResolution,
)
from .hailuo_23_image_to_video_standard_request import (
    Hailuo23ImageToVideoStandardRequest,
)
from .hailuo_23_image_to_video_standard_request_model import (
    Hailuo23ImageToVideoStandardRequestModel,
)
from .happyhorse_image_to_video_input import HappyhorseImageToVideoInput
from .happyhorse_image_to_video_input_resolution import (
    HappyhorseImageToVideoInputResolution,
)
from .happyhorse_image_to_video_request import HappyhorseImageToVideoRequest
from .happyhorse_image_to_video_request_model import HappyhorseImageToVideoRequestModel
from .happyhorse_reference_to_video_input import HappyhorseReferenceToVideoInput
from .happyhorse_reference_to_video_input_aspect_ratio import (
    HappyhorseReferenceToVideoInputAspectRatio,
)
from .happyhorse_reference_to_video_input_resolution import (
    HappyhorseReferenceToVideoInputResolution,
)
from .happyhorse_reference_to_video_request import HappyhorseReferenceToVideoRequest
from .happyhorse_reference_to_video_request_model import (
    HappyhorseReferenceToVideoRequestModel,
)
from .happyhorse_text_to_video_input import HappyhorseTextToVideoInput
from .happyhorse_text_to_video_input_aspect_ratio import (
    HappyhorseTextToVideoInputAspectRatio,
)
from .happyhorse_text_to_video_input_resolution import (
    HappyhorseTextToVideoInputResolution,
)
from .happyhorse_text_to_video_request import HappyhorseTextToVideoRequest
from .happyhorse_text_to_video_request_model import HappyhorseTextToVideoRequestModel
from .happyhorse_video_edit_input import HappyhorseVideoEditInput
from .happyhorse_video_edit_input_audio_setting import (
    HappyhorseVideoEditInputAudioSetting,
)
from .happyhorse_video_edit_input_resolution import HappyhorseVideoEditInputResolution
from .happyhorse_video_edit_request import HappyhorseVideoEditRequest
from .happyhorse_video_edit_request_model import HappyhorseVideoEditRequestModel
from .infinitalk_from_audio_input import InfinitalkFromAudioInput
from .infinitalk_from_audio_input_resolution import InfinitalkFromAudioInputResolution
from .infinitalk_from_audio_request import InfinitalkFromAudioRequest
from .infinitalk_from_audio_request_model import InfinitalkFromAudioRequestModel
from .kling_26_image_to_video_input import Kling26ImageToVideoInput
from .kling_26_image_to_video_input_duration import Kling26ImageToVideoInputDuration
from .kling_26_image_to_video_request import Kling26ImageToVideoRequest
from .kling_26_image_to_video_request_model import Kling26ImageToVideoRequestModel
from .kling_26_motion_control_input import Kling26MotionControlInput
from .kling_26_motion_control_input_character_orientation import (
    Kling26MotionControlInputCharacterOrientation,
)
from .kling_26_motion_control_input_mode import Kling26MotionControlInputMode
from .kling_26_motion_control_request import Kling26MotionControlRequest
from .kling_26_motion_control_request_model import Kling26MotionControlRequestModel
from .kling_26_text_to_video_input import Kling26TextToVideoInput
from .kling_26_text_to_video_input_aspect_ratio import (
    Kling26TextToVideoInputAspectRatio,
)
from .kling_26_text_to_video_input_duration import Kling26TextToVideoInputDuration
from .kling_26_text_to_video_request import Kling26TextToVideoRequest
from .kling_26_text_to_video_request_model import Kling26TextToVideoRequestModel
from .kling_30_motion_control_input import Kling30MotionControlInput
from .kling_30_motion_control_request import Kling30MotionControlRequest
from .kling_30_motion_control_request_model import Kling30MotionControlRequestModel
from .kling_30_video_input import Kling30VideoInput
from .kling_30_video_input_aspect_ratio import Kling30VideoInputAspectRatio
from .kling_30_video_input_duration import Kling30VideoInputDuration
from .kling_30_video_input_kling_elements_item import Kling30VideoInputKlingElementsItem
from .kling_30_video_input_mode import Kling30VideoInputMode
from .kling_30_video_input_multi_prompt_item import Kling30VideoInputMultiPromptItem
from .kling_30_video_request import Kling30VideoRequest
from .kling_30_video_request_model import Kling30VideoRequestModel
from .kling_ai_avatar_pro_input import KlingAiAvatarProInput
from .kling_ai_avatar_pro_request import KlingAiAvatarProRequest
from .kling_ai_avatar_pro_request_model import KlingAiAvatarProRequestModel
from .kling_ai_avatar_standard_input import KlingAiAvatarStandardInput
from .kling_ai_avatar_standard_request import KlingAiAvatarStandardRequest
from .kling_ai_avatar_standard_request_model import KlingAiAvatarStandardRequestModel
from .kling_v21_master_image_to_video_input import KlingV21MasterImageToVideoInput
from .kling_v21_master_image_to_video_input_duration import (
    KlingV21MasterImageToVideoInputDuration,
)
from .kling_v21_master_image_to_video_request import KlingV21MasterImageToVideoRequest
from .kling_v21_master_image_to_video_request_model import (
    KlingV21MasterImageToVideoRequestModel,
)
from .kling_v21_master_text_to_video_input import KlingV21MasterTextToVideoInput
from .kling_v21_master_text_to_video_input_aspect_ratio import (
    KlingV21MasterTextToVideoInputAspectRatio,
)
from .kling_v21_master_text_to_video_input_duration import (
    KlingV21MasterTextToVideoInputDuration,
)
from .kling_v21_master_text_to_video_request import KlingV21MasterTextToVideoRequest
from .kling_v21_master_text_to_video_request_model import (
    KlingV21MasterTextToVideoRequestModel,
)
from .kling_v21_pro_input import KlingV21ProInput
from .kling_v21_pro_input_duration import KlingV21ProInputDuration
from .kling_v21_pro_request import KlingV21ProRequest
from .kling_v21_pro_request_model import KlingV21ProRequestModel
from .kling_v21_standard_input import KlingV21StandardInput
from .kling_v21_standard_input_duration import KlingV21StandardInputDuration
from .kling_v21_standard_request import KlingV21StandardRequest
from .kling_v21_standard_request_model import KlingV21StandardRequestModel
from .kling_v25_turbo_image_to_video_pro_input import KlingV25TurboImageToVideoProInput
from .kling_v25_turbo_image_to_video_pro_input_duration import (
    KlingV25TurboImageToVideoProInputDuration,
)
from .kling_v25_turbo_image_to_video_pro_request import (
    KlingV25TurboImageToVideoProRequest,
)
from .kling_v25_turbo_image_to_video_pro_request_model import (
    KlingV25TurboImageToVideoProRequestModel,
)
from .kling_v25_turbo_text_to_video_pro_input import KlingV25TurboTextToVideoProInput
from .kling_v25_turbo_text_to_video_pro_input_aspect_ratio import (
    KlingV25TurboTextToVideoProInputAspectRatio,
)
from .kling_v25_turbo_text_to_video_pro_input_duration import (
    KlingV25TurboTextToVideoProInputDuration,
)
from .kling_v25_turbo_text_to_video_pro_request import (
    KlingV25TurboTextToVideoProRequest,
)
from .kling_v25_turbo_text_to_video_pro_request_model import (
    KlingV25TurboTextToVideoProRequestModel,
)
from .record_info import RecordInfo
from .record_info_response import RecordInfoResponse
from .sora_2_characters_input import Sora2CharactersInput
from .sora_2_characters_pro_input import Sora2CharactersProInput
from .sora_2_characters_pro_request import Sora2CharactersProRequest
from .sora_2_characters_pro_request_model import Sora2CharactersProRequestModel
from .sora_2_characters_request import Sora2CharactersRequest
from .sora_2_characters_request_model import Sora2CharactersRequestModel
from .sora_2_image_to_video_input import Sora2ImageToVideoInput
from .sora_2_image_to_video_input_aspect_ratio import Sora2ImageToVideoInputAspectRatio
from .sora_2_image_to_video_input_n_frames import Sora2ImageToVideoInputNFrames
from .sora_2_image_to_video_input_upload_method import (
    Sora2ImageToVideoInputUploadMethod,
)
from .sora_2_image_to_video_request import Sora2ImageToVideoRequest
from .sora_2_image_to_video_request_model import Sora2ImageToVideoRequestModel
from .sora_2_pro_image_to_video_input import Sora2ProImageToVideoInput
from .sora_2_pro_image_to_video_input_aspect_ratio import (
    Sora2ProImageToVideoInputAspectRatio,
)
from .sora_2_pro_image_to_video_input_n_frames import Sora2ProImageToVideoInputNFrames
from .sora_2_pro_image_to_video_input_size import Sora2ProImageToVideoInputSize
from .sora_2_pro_image_to_video_input_upload_method import (
    Sora2ProImageToVideoInputUploadMethod,
)
from .sora_2_pro_image_to_video_request import Sora2ProImageToVideoRequest
from .sora_2_pro_image_to_video_request_model import Sora2ProImageToVideoRequestModel
from .sora_2_pro_storyboard_input import Sora2ProStoryboardInput
from .sora_2_pro_storyboard_input_aspect_ratio import Sora2ProStoryboardInputAspectRatio
from .sora_2_pro_storyboard_input_n_frames import Sora2ProStoryboardInputNFrames
from .sora_2_pro_storyboard_input_shots_item import Sora2ProStoryboardInputShotsItem
from .sora_2_pro_storyboard_input_upload_method import (
    Sora2ProStoryboardInputUploadMethod,
)
from .sora_2_pro_storyboard_request import Sora2ProStoryboardRequest
from .sora_2_pro_storyboard_request_model import Sora2ProStoryboardRequestModel
from .sora_2_pro_text_to_video_input import Sora2ProTextToVideoInput
from .sora_2_pro_text_to_video_input_aspect_ratio import (
    Sora2ProTextToVideoInputAspectRatio,
)
from .sora_2_pro_text_to_video_input_n_frames import Sora2ProTextToVideoInputNFrames
from .sora_2_pro_text_to_video_input_size import Sora2ProTextToVideoInputSize
from .sora_2_pro_text_to_video_input_upload_method import (
    Sora2ProTextToVideoInputUploadMethod,
)
from .sora_2_pro_text_to_video_request import Sora2ProTextToVideoRequest
from .sora_2_pro_text_to_video_request_model import Sora2ProTextToVideoRequestModel
from .sora_2_text_to_video_input import Sora2TextToVideoInput
from .sora_2_text_to_video_input_aspect_ratio import Sora2TextToVideoInputAspectRatio
from .sora_2_text_to_video_input_n_frames import Sora2TextToVideoInputNFrames
from .sora_2_text_to_video_input_upload_method import Sora2TextToVideoInputUploadMethod
from .sora_2_text_to_video_request import Sora2TextToVideoRequest
from .sora_2_text_to_video_request_model import Sora2TextToVideoRequestModel
from .sora_watermark_remover_input import SoraWatermarkRemoverInput
from .sora_watermark_remover_input_upload_method import (
    SoraWatermarkRemoverInputUploadMethod,
)
from .sora_watermark_remover_request import SoraWatermarkRemoverRequest
from .sora_watermark_remover_request_model import SoraWatermarkRemoverRequestModel
from .topaz_video_upscale_input import TopazVideoUpscaleInput
from .topaz_video_upscale_input_upscale_factor import (
    TopazVideoUpscaleInputUpscaleFactor,
)
from .topaz_video_upscale_request import TopazVideoUpscaleRequest
from .topaz_video_upscale_request_model import TopazVideoUpscaleRequestModel
from .uploaded_file import UploadedFile
from .wan_22_animate_move_input import Wan22AnimateMoveInput
from .wan_22_animate_move_input_resolution import Wan22AnimateMoveInputResolution
from .wan_22_animate_move_request import Wan22AnimateMoveRequest
from .wan_22_animate_move_request_model import Wan22AnimateMoveRequestModel
from .wan_22_animate_replace_input import Wan22AnimateReplaceInput
from .wan_22_animate_replace_input_resolution import Wan22AnimateReplaceInputResolution
from .wan_22_animate_replace_request import Wan22AnimateReplaceRequest
from .wan_22_animate_replace_request_model import Wan22AnimateReplaceRequestModel
from .wan_22a14b_image_to_video_turbo_input import Wan22A14BImageToVideoTurboInput
from .wan_22a14b_image_to_video_turbo_input_acceleration import (
    Wan22A14BImageToVideoTurboInputAcceleration,
)
from .wan_22a14b_image_to_video_turbo_input_resolution import (
    Wan22A14BImageToVideoTurboInputResolution,
)
from .wan_22a14b_image_to_video_turbo_request import Wan22A14BImageToVideoTurboRequest
from .wan_22a14b_image_to_video_turbo_request_model import (
    Wan22A14BImageToVideoTurboRequestModel,
)
from .wan_22a14b_speech_to_video_turbo_input import Wan22A14BSpeechToVideoTurboInput
from .wan_22a14b_speech_to_video_turbo_input_resolution import (
    Wan22A14BSpeechToVideoTurboInputResolution,
)
from .wan_22a14b_speech_to_video_turbo_request import Wan22A14BSpeechToVideoTurboRequest
from .wan_22a14b_speech_to_video_turbo_request_model import (
    Wan22A14BSpeechToVideoTurboRequestModel,
)
from .wan_22a14b_text_to_video_turbo_input import Wan22A14BTextToVideoTurboInput
from .wan_22a14b_text_to_video_turbo_input_acceleration import (
    Wan22A14BTextToVideoTurboInputAcceleration,
)
from .wan_22a14b_text_to_video_turbo_input_aspect_ratio import (
    Wan22A14BTextToVideoTurboInputAspectRatio,
)
from .wan_22a14b_text_to_video_turbo_input_resolution import (
    Wan22A14BTextToVideoTurboInputResolution,
)
from .wan_22a14b_text_to_video_turbo_request import Wan22A14BTextToVideoTurboRequest
from .wan_22a14b_text_to_video_turbo_request_model import (
    Wan22A14BTextToVideoTurboRequestModel,
)
from .wan_25_image_to_video_input import Wan25ImageToVideoInput
from .wan_25_image_to_video_input_duration import Wan25ImageToVideoInputDuration
from .wan_25_image_to_video_input_resolution import Wan25ImageToVideoInputResolution
from .wan_25_image_to_video_request import Wan25ImageToVideoRequest
from .wan_25_image_to_video_request_model import Wan25ImageToVideoRequestModel
from .wan_25_text_to_video_input import Wan25TextToVideoInput
from .wan_25_text_to_video_input_aspect_ratio import Wan25TextToVideoInputAspectRatio
from .wan_25_text_to_video_input_duration import Wan25TextToVideoInputDuration
from .wan_25_text_to_video_input_resolution import Wan25TextToVideoInputResolution
from .wan_25_text_to_video_request import Wan25TextToVideoRequest
from .wan_25_text_to_video_request_model import Wan25TextToVideoRequestModel
from .wan_26_flash_image_to_video_input import Wan26FlashImageToVideoInput
from .wan_26_flash_image_to_video_input_duration import (
    Wan26FlashImageToVideoInputDuration,
)
from .wan_26_flash_image_to_video_input_resolution import (
    Wan26FlashImageToVideoInputResolution,
)
from .wan_26_flash_image_to_video_request import Wan26FlashImageToVideoRequest
from .wan_26_flash_image_to_video_request_model import (
    Wan26FlashImageToVideoRequestModel,
)
from .wan_26_flash_video_to_video_input import Wan26FlashVideoToVideoInput
from .wan_26_flash_video_to_video_input_duration import (
    Wan26FlashVideoToVideoInputDuration,
)
from .wan_26_flash_video_to_video_input_resolution import (
    Wan26FlashVideoToVideoInputResolution,
)
from .wan_26_flash_video_to_video_request import Wan26FlashVideoToVideoRequest
from .wan_26_flash_video_to_video_request_model import (
    Wan26FlashVideoToVideoRequestModel,
)
from .wan_26_image_to_video_input import Wan26ImageToVideoInput
from .wan_26_image_to_video_input_duration import Wan26ImageToVideoInputDuration
from .wan_26_image_to_video_input_resolution import Wan26ImageToVideoInputResolution
from .wan_26_image_to_video_request import Wan26ImageToVideoRequest
from .wan_26_image_to_video_request_model import Wan26ImageToVideoRequestModel
from .wan_26_text_to_video_input import Wan26TextToVideoInput
from .wan_26_text_to_video_input_duration import Wan26TextToVideoInputDuration
from .wan_26_text_to_video_input_resolution import Wan26TextToVideoInputResolution
from .wan_26_text_to_video_request import Wan26TextToVideoRequest
from .wan_26_text_to_video_request_model import Wan26TextToVideoRequestModel
from .wan_26_video_to_video_input import Wan26VideoToVideoInput
from .wan_26_video_to_video_input_duration import Wan26VideoToVideoInputDuration
from .wan_26_video_to_video_input_resolution import Wan26VideoToVideoInputResolution
from .wan_26_video_to_video_request import Wan26VideoToVideoRequest
from .wan_26_video_to_video_request_model import Wan26VideoToVideoRequestModel
from .wan_27_image_to_video_input import Wan27ImageToVideoInput
from .wan_27_image_to_video_input_resolution import Wan27ImageToVideoInputResolution
from .wan_27_image_to_video_request import Wan27ImageToVideoRequest
from .wan_27_image_to_video_request_model import Wan27ImageToVideoRequestModel
from .wan_27_text_to_video_input import Wan27TextToVideoInput
from .wan_27_text_to_video_input_ratio import Wan27TextToVideoInputRatio
from .wan_27_text_to_video_input_resolution import Wan27TextToVideoInputResolution
from .wan_27_text_to_video_request import Wan27TextToVideoRequest
from .wan_27_text_to_video_request_model import Wan27TextToVideoRequestModel
from .wan_27_videoedit_input import Wan27VideoeditInput
from .wan_27_videoedit_input_aspect_ratio import Wan27VideoeditInputAspectRatio
from .wan_27_videoedit_input_audio_setting import Wan27VideoeditInputAudioSetting
from .wan_27_videoedit_input_resolution import Wan27VideoeditInputResolution
from .wan_27_videoedit_request import Wan27VideoeditRequest
from .wan_27_videoedit_request_model import Wan27VideoeditRequestModel
from .wan_27r2v_input import Wan27R2VInput
from .wan_27r2v_input_aspect_ratio import Wan27R2VInputAspectRatio
from .wan_27r2v_input_resolution import Wan27R2VInputResolution
from .wan_27r2v_request import Wan27R2VRequest
from .wan_27r2v_request_model import Wan27R2VRequestModel

__all__ = (
    "ApiResponse",
    "BytedanceSeedance2FastInput",
    "BytedanceSeedance2FastInputAspectRatio",
    "BytedanceSeedance2FastInputResolution",
    "BytedanceSeedance2FastRequest",
    "BytedanceSeedance2FastRequestModel",
    "BytedanceSeedance2Input",
    "BytedanceSeedance2InputAspectRatio",
    "BytedanceSeedance2InputResolution",
    "BytedanceSeedance2Request",
    "BytedanceSeedance2RequestModel",
    "BytedanceSeedance15ProInput",
    "BytedanceSeedance15ProInputAspectRatio",
    "BytedanceSeedance15ProInputDuration",
    "BytedanceSeedance15ProInputResolution",
    "BytedanceSeedance15ProRequest",
    "BytedanceSeedance15ProRequestModel",
    "BytedanceV1LiteImageToVideoInput",
    "BytedanceV1LiteImageToVideoInputDuration",
    "BytedanceV1LiteImageToVideoInputResolution",
    "BytedanceV1LiteImageToVideoRequest",
    "BytedanceV1LiteImageToVideoRequestModel",
    "BytedanceV1LiteTextToVideoInput",
    "BytedanceV1LiteTextToVideoInputAspectRatio",
    "BytedanceV1LiteTextToVideoInputDuration",
    "BytedanceV1LiteTextToVideoInputResolution",
    "BytedanceV1LiteTextToVideoRequest",
    "BytedanceV1LiteTextToVideoRequestModel",
    "BytedanceV1ProFastImageToVideoInput",
    "BytedanceV1ProFastImageToVideoInputDuration",
    "BytedanceV1ProFastImageToVideoInputResolution",
    "BytedanceV1ProFastImageToVideoRequest",
    "BytedanceV1ProFastImageToVideoRequestModel",
    "BytedanceV1ProImageToVideoInput",
    "BytedanceV1ProImageToVideoInputDuration",
    "BytedanceV1ProImageToVideoInputResolution",
    "BytedanceV1ProImageToVideoRequest",
    "BytedanceV1ProImageToVideoRequestModel",
    "BytedanceV1ProTextToVideoInput",
    "BytedanceV1ProTextToVideoInputAspectRatio",
    "BytedanceV1ProTextToVideoInputDuration",
    "BytedanceV1ProTextToVideoInputResolution",
    "BytedanceV1ProTextToVideoRequest",
    "BytedanceV1ProTextToVideoRequestModel",
    "CreateTaskData",
    "CreateTaskResponse",
    "CreditsResponse",
    "DownloadUrlRequest",
    "DownloadUrlResponse",
    "FileBase64UploadRequest",
    "FileStreamUploadRequest",
    "FileUploadResponse",
    "FileUrlUploadRequest",
    "GrokImagineExtendInput",
    "GrokImagineExtendInputExtendTimes",
    "GrokImagineExtendRequest",
    "GrokImagineExtendRequestModel",
    "GrokImagineImageToVideoInput",
    "GrokImagineImageToVideoInputAspectRatio",
    "GrokImagineImageToVideoInputMode",
    "GrokImagineImageToVideoInputResolution",
    "GrokImagineImageToVideoRequest",
    "GrokImagineImageToVideoRequestModel",
    "GrokImagineTextToVideoInput",
    "GrokImagineTextToVideoInputAspectRatio",
    "GrokImagineTextToVideoInputMode",
    "GrokImagineTextToVideoInputResolution",
    "GrokImagineTextToVideoRequest",
    "GrokImagineTextToVideoRequestModel",
    "GrokImagineUpscaleInput",
    "GrokImagineUpscaleRequest",
    "GrokImagineUpscaleRequestModel",
    "Hailuo02ImageToVideoProInput",
    "Hailuo02ImageToVideoProRequest",
    "Hailuo02ImageToVideoProRequestModel",
    "Hailuo02ImageToVideoStandardInput",
    "Hailuo02ImageToVideoStandardInputDuration",
    "Hailuo02ImageToVideoStandardInputResolution",
    "Hailuo02ImageToVideoStandardRequest",
    "Hailuo02ImageToVideoStandardRequestModel",
    "Hailuo02TextToVideoProInput",
    "Hailuo02TextToVideoProRequest",
    "Hailuo02TextToVideoProRequestModel",
    "Hailuo02TextToVideoStandardInput",
    "Hailuo02TextToVideoStandardInputDuration",
    "Hailuo02TextToVideoStandardRequest",
    "Hailuo02TextToVideoStandardRequestModel",
    "Hailuo23ImageToVideoProInput",
    "Hailuo23ImageToVideoProInputDuration",
    "Hailuo23ImageToVideoProInputResolution",
    "Hailuo23ImageToVideoProRequest",
    "Hailuo23ImageToVideoProRequestModel",
    "Hailuo23ImageToVideoStandardInput",
    "Hailuo23ImageToVideoStandardInputDuration",
    "Hailuo23ImageToVideoStandardInputResolution",
    "Hailuo23ImageToVideoStandardRequest",
    "Hailuo23ImageToVideoStandardRequestModel",
    "HappyhorseImageToVideoInput",
    "HappyhorseImageToVideoInputResolution",
    "HappyhorseImageToVideoRequest",
    "HappyhorseImageToVideoRequestModel",
    "HappyhorseReferenceToVideoInput",
    "HappyhorseReferenceToVideoInputAspectRatio",
    "HappyhorseReferenceToVideoInputResolution",
    "HappyhorseReferenceToVideoRequest",
    "HappyhorseReferenceToVideoRequestModel",
    "HappyhorseTextToVideoInput",
    "HappyhorseTextToVideoInputAspectRatio",
    "HappyhorseTextToVideoInputResolution",
    "HappyhorseTextToVideoRequest",
    "HappyhorseTextToVideoRequestModel",
    "HappyhorseVideoEditInput",
    "HappyhorseVideoEditInputAudioSetting",
    "HappyhorseVideoEditInputResolution",
    "HappyhorseVideoEditRequest",
    "HappyhorseVideoEditRequestModel",
    "InfinitalkFromAudioInput",
    "InfinitalkFromAudioInputResolution",
    "InfinitalkFromAudioRequest",
    "InfinitalkFromAudioRequestModel",
    "Kling26ImageToVideoInput",
    "Kling26ImageToVideoInputDuration",
    "Kling26ImageToVideoRequest",
    "Kling26ImageToVideoRequestModel",
    "Kling26MotionControlInput",
    "Kling26MotionControlInputCharacterOrientation",
    "Kling26MotionControlInputMode",
    "Kling26MotionControlRequest",
    "Kling26MotionControlRequestModel",
    "Kling26TextToVideoInput",
    "Kling26TextToVideoInputAspectRatio",
    "Kling26TextToVideoInputDuration",
    "Kling26TextToVideoRequest",
    "Kling26TextToVideoRequestModel",
    "Kling30MotionControlInput",
    "Kling30MotionControlRequest",
    "Kling30MotionControlRequestModel",
    "Kling30VideoInput",
    "Kling30VideoInputAspectRatio",
    "Kling30VideoInputDuration",
    "Kling30VideoInputKlingElementsItem",
    "Kling30VideoInputMode",
    "Kling30VideoInputMultiPromptItem",
    "Kling30VideoRequest",
    "Kling30VideoRequestModel",
    "KlingAiAvatarProInput",
    "KlingAiAvatarProRequest",
    "KlingAiAvatarProRequestModel",
    "KlingAiAvatarStandardInput",
    "KlingAiAvatarStandardRequest",
    "KlingAiAvatarStandardRequestModel",
    "KlingV21MasterImageToVideoInput",
    "KlingV21MasterImageToVideoInputDuration",
    "KlingV21MasterImageToVideoRequest",
    "KlingV21MasterImageToVideoRequestModel",
    "KlingV21MasterTextToVideoInput",
    "KlingV21MasterTextToVideoInputAspectRatio",
    "KlingV21MasterTextToVideoInputDuration",
    "KlingV21MasterTextToVideoRequest",
    "KlingV21MasterTextToVideoRequestModel",
    "KlingV21ProInput",
    "KlingV21ProInputDuration",
    "KlingV21ProRequest",
    "KlingV21ProRequestModel",
    "KlingV21StandardInput",
    "KlingV21StandardInputDuration",
    "KlingV21StandardRequest",
    "KlingV21StandardRequestModel",
    "KlingV25TurboImageToVideoProInput",
    "KlingV25TurboImageToVideoProInputDuration",
    "KlingV25TurboImageToVideoProRequest",
    "KlingV25TurboImageToVideoProRequestModel",
    "KlingV25TurboTextToVideoProInput",
    "KlingV25TurboTextToVideoProInputAspectRatio",
    "KlingV25TurboTextToVideoProInputDuration",
    "KlingV25TurboTextToVideoProRequest",
    "KlingV25TurboTextToVideoProRequestModel",
    "RecordInfo",
    "RecordInfoResponse",
    "Sora2CharactersInput",
    "Sora2CharactersProInput",
    "Sora2CharactersProRequest",
    "Sora2CharactersProRequestModel",
    "Sora2CharactersRequest",
    "Sora2CharactersRequestModel",
    "Sora2ImageToVideoInput",
    "Sora2ImageToVideoInputAspectRatio",
    "Sora2ImageToVideoInputNFrames",
    "Sora2ImageToVideoInputUploadMethod",
    "Sora2ImageToVideoRequest",
    "Sora2ImageToVideoRequestModel",
    "Sora2ProImageToVideoInput",
    "Sora2ProImageToVideoInputAspectRatio",
    "Sora2ProImageToVideoInputNFrames",
    "Sora2ProImageToVideoInputSize",
    "Sora2ProImageToVideoInputUploadMethod",
    "Sora2ProImageToVideoRequest",
    "Sora2ProImageToVideoRequestModel",
    "Sora2ProStoryboardInput",
    "Sora2ProStoryboardInputAspectRatio",
    "Sora2ProStoryboardInputNFrames",
    "Sora2ProStoryboardInputShotsItem",
    "Sora2ProStoryboardInputUploadMethod",
    "Sora2ProStoryboardRequest",
    "Sora2ProStoryboardRequestModel",
    "Sora2ProTextToVideoInput",
    "Sora2ProTextToVideoInputAspectRatio",
    "Sora2ProTextToVideoInputNFrames",
    "Sora2ProTextToVideoInputSize",
    "Sora2ProTextToVideoInputUploadMethod",
    "Sora2ProTextToVideoRequest",
    "Sora2ProTextToVideoRequestModel",
    "Sora2TextToVideoInput",
    "Sora2TextToVideoInputAspectRatio",
    "Sora2TextToVideoInputNFrames",
    "Sora2TextToVideoInputUploadMethod",
    "Sora2TextToVideoRequest",
    "Sora2TextToVideoRequestModel",
    "SoraWatermarkRemoverInput",
    "SoraWatermarkRemoverInputUploadMethod",
    "SoraWatermarkRemoverRequest",
    "SoraWatermarkRemoverRequestModel",
    "TopazVideoUpscaleInput",
    "TopazVideoUpscaleInputUpscaleFactor",
    "TopazVideoUpscaleRequest",
    "TopazVideoUpscaleRequestModel",
    "UploadedFile",
    "Wan22A14BImageToVideoTurboInput",
    "Wan22A14BImageToVideoTurboInputAcceleration",
    "Wan22A14BImageToVideoTurboInputResolution",
    "Wan22A14BImageToVideoTurboRequest",
    "Wan22A14BImageToVideoTurboRequestModel",
    "Wan22A14BSpeechToVideoTurboInput",
    "Wan22A14BSpeechToVideoTurboInputResolution",
    "Wan22A14BSpeechToVideoTurboRequest",
    "Wan22A14BSpeechToVideoTurboRequestModel",
    "Wan22A14BTextToVideoTurboInput",
    "Wan22A14BTextToVideoTurboInputAcceleration",
    "Wan22A14BTextToVideoTurboInputAspectRatio",
    "Wan22A14BTextToVideoTurboInputResolution",
    "Wan22A14BTextToVideoTurboRequest",
    "Wan22A14BTextToVideoTurboRequestModel",
    "Wan22AnimateMoveInput",
    "Wan22AnimateMoveInputResolution",
    "Wan22AnimateMoveRequest",
    "Wan22AnimateMoveRequestModel",
    "Wan22AnimateReplaceInput",
    "Wan22AnimateReplaceInputResolution",
    "Wan22AnimateReplaceRequest",
    "Wan22AnimateReplaceRequestModel",
    "Wan25ImageToVideoInput",
    "Wan25ImageToVideoInputDuration",
    "Wan25ImageToVideoInputResolution",
    "Wan25ImageToVideoRequest",
    "Wan25ImageToVideoRequestModel",
    "Wan25TextToVideoInput",
    "Wan25TextToVideoInputAspectRatio",
    "Wan25TextToVideoInputDuration",
    "Wan25TextToVideoInputResolution",
    "Wan25TextToVideoRequest",
    "Wan25TextToVideoRequestModel",
    "Wan26FlashImageToVideoInput",
    "Wan26FlashImageToVideoInputDuration",
    "Wan26FlashImageToVideoInputResolution",
    "Wan26FlashImageToVideoRequest",
    "Wan26FlashImageToVideoRequestModel",
    "Wan26FlashVideoToVideoInput",
    "Wan26FlashVideoToVideoInputDuration",
    "Wan26FlashVideoToVideoInputResolution",
    "Wan26FlashVideoToVideoRequest",
    "Wan26FlashVideoToVideoRequestModel",
    "Wan26ImageToVideoInput",
    "Wan26ImageToVideoInputDuration",
    "Wan26ImageToVideoInputResolution",
    "Wan26ImageToVideoRequest",
    "Wan26ImageToVideoRequestModel",
    "Wan26TextToVideoInput",
    "Wan26TextToVideoInputDuration",
    "Wan26TextToVideoInputResolution",
    "Wan26TextToVideoRequest",
    "Wan26TextToVideoRequestModel",
    "Wan26VideoToVideoInput",
    "Wan26VideoToVideoInputDuration",
    "Wan26VideoToVideoInputResolution",
    "Wan26VideoToVideoRequest",
    "Wan26VideoToVideoRequestModel",
    "Wan27ImageToVideoInput",
    "Wan27ImageToVideoInputResolution",
    "Wan27ImageToVideoRequest",
    "Wan27ImageToVideoRequestModel",
    "Wan27R2VInput",
    "Wan27R2VInputAspectRatio",
    "Wan27R2VInputResolution",
    "Wan27R2VRequest",
    "Wan27R2VRequestModel",
    "Wan27TextToVideoInput",
    "Wan27TextToVideoInputRatio",
    "Wan27TextToVideoInputResolution",
    "Wan27TextToVideoRequest",
    "Wan27TextToVideoRequestModel",
    "Wan27VideoeditInput",
    "Wan27VideoeditInputAspectRatio",
    "Wan27VideoeditInputAudioSetting",
    "Wan27VideoeditInputResolution",
    "Wan27VideoeditRequest",
    "Wan27VideoeditRequestModel",
)
