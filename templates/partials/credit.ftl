<#ftl output_format="HTML">
<#-- Source and licence of a transcript: the credit its licence asks for. -->
<#macro credit interview>
<p class="credit">
  <#if interview.publisher?has_content || interview.source?has_content>
  Source:
  <#if interview.source?has_content><a href="${interview.source}">${interview.publisher?has_content?then(interview.publisher, interview.source)}</a><#else>${interview.publisher}</#if>,
  ${interview.date_display}.
  <#else>
  Source not recorded.
  </#if>
  <#if interview.licence?has_content>
  Licence:
  <#if interview.licence_url?has_content><a rel="license" href="${interview.licence_url}">${interview.licence}</a><#else>${interview.licence}</#if>.
  </#if>
  Paragraph breaks and speaker labels restored by Verbatim; the words are the source's.
</p>
</#macro>
