export const id = 147;
export const ids = [147];
export const modules = {

/***/ 4217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kL: () => (/* reexport */ bundleFromRekor),
  Bu: () => (/* reexport */ loadTrustedRoots),
  OB: () => (/* reexport */ verifyBundleSignature)
});

// UNUSED EXPORTS: parseTrustedRoots, toSignerFacts

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(9654);
// EXTERNAL MODULE: ./src/core/errors/index.ts + 6 modules
var errors = __webpack_require__(9421);
;// CONCATENATED MODULE: ./src/adapters/sigstore/roots/github.trusted_root.json
const github_trusted_root_namespaceObject = /*#__PURE__*/JSON.parse('{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1","certificateAuthorities":[{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"fulcio.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICKjCCAbCgAwIBAgIUW3TJVeOvr+NSvJXdOw8nEEn7HhQwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMB4XDTIzMDkxMjE0MDY1NFoXDTI0MDkxMTE0MDY1NFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwyMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEsosodObhuHG6Pr5vp5y+pmnKawS1h2hwv3r3hBwqh3ZHJAw64mhDnDs9fw4jKkZEBYRSVyOHyZppz4day8hgpTIDwdj44Oan4RDb+wmj04jfhVLjLsQ4Q/X4K/ynRgNXo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUm0vkDkQZ29hutYdayJobIRmf/iMwHwYDVR0jBBgwFoAUwOG4UqRLTz7eejgRBs9JjqFFmzMwCgYIKoZIzj0EAwMDaAAwZQIwIBl93E7vkWTvdeIm1WSIM4qNsj0ApE8LCj3k1vrY5x6/7yhAZs7QlO3/FBCoEeaZAjEAlJcNr37uZq9BYHODHBeO/gP+6EfbzsNaLV22ASBlhF/a9y83ESLuqCNN7IxGxmWT"},{"rawBytes":"MIICFTCCAZugAwIBAgIUD3Jlqt4qhrcZI4UnGfPGrEq/pjQwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDkxMTEyMDAwMFoXDTI4MDkwOTEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE7X7nK0wC7uEmDjW+on0sXIX3FacL3hhcrhneA+M/kl1OtvQiPmFrH9lbUQqOj/AfspJ8uGY3jaq8WuSg6ghatzYfuuzLAJIK4nGpCBafncF8EynOssPq64/Dz+JUWXqlo2YwZDAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBATAdBgNVHQ4EFgQUwOG4UqRLTz7eejgRBs9JjqFFmzMwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAI8HWLrke7uzhOpwlD1cNixPmoX9XFKe7bEPozo0D+vKi0Gt6VlC7xPedFIw4/AypAIwQP+FGRWvfx0IAH5/n0aRiN7/LVpyFA5RkJASZOVOib2Y8pNuhXa9V3ZbWO6v6kW/"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2023-10-27T16:30:00Z","end":"2024-05-25T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"fulcio.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICKzCCAbCgAwIBAgIUOpyw2HaZefsj/4SPXutGof8E2CkwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMB4XDTI0MDUxMzAwMDAwMFoXDTI1MDUxMzAwMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwyMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEJNJWvW8fckfk/oQmh+qCeIlFXl9YLEkKSjZCgcVB92Fi1HQnvmpCiyqpvP91SmT1/G6QbrmTGV7MmIQlDnBWHNUT+jwZ3elGu/yfr/v8U0uhZTIli/BMj5Y4ICHK/j4do3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUD0fF3cs+ldPyiWohHJ3JmO91V7gwHwYDVR0jBBgwFoAUwOG4UqRLTz7eejgRBs9JjqFFmzMwCgYIKoZIzj0EAwMDaQAwZgIxAO7BRC9i7oGUHjjlcHU/bfqk2NLy7t6wm3K5W+jBLFbAj6sVjYcY+rrYhop/OjclbQIxALafBKLPIPjoCI29BUHwLBFP6e92ZlyaoFtoqccceXAevRaDjXFvb5+M7wnD6AuAJw=="},{"rawBytes":"MIICFTCCAZugAwIBAgIUD3Jlqt4qhrcZI4UnGfPGrEq/pjQwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDkxMTEyMDAwMFoXDTI4MDkwOTEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE7X7nK0wC7uEmDjW+on0sXIX3FacL3hhcrhneA+M/kl1OtvQiPmFrH9lbUQqOj/AfspJ8uGY3jaq8WuSg6ghatzYfuuzLAJIK4nGpCBafncF8EynOssPq64/Dz+JUWXqlo2YwZDAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBATAdBgNVHQ4EFgQUwOG4UqRLTz7eejgRBs9JjqFFmzMwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAI8HWLrke7uzhOpwlD1cNixPmoX9XFKe7bEPozo0D+vKi0Gt6VlC7xPedFIw4/AypAIwQP+FGRWvfx0IAH5/n0aRiN7/LVpyFA5RkJASZOVOib2Y8pNuhXa9V3ZbWO6v6kW/"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2024-05-13T00:00:00Z","end":"2024-10-25T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"fulcio.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICKzCCAbCgAwIBAgIUQeyd9UH06yZ63pDuqjgUZ58CnpMwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMB4XDTI0MTAwMzEyMDAwMFoXDTI1MTAwMzEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwyMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEwvbET2w+j9j9j50iTInH1gb9GSXkpsCvWz5orX1zgme+/Qh/5gMkpfmgfOSLV2ZRgT1hzujYmnKQvP2mCxYnbwQELAkAf+VhEY/7Uw3zZvguGQSdF1cxzRHiMTOha5eFo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUMib9z4ZYBcQANTVvVCa3KoTGbBUwHwYDVR0jBBgwFoAUwOG4UqRLTz7eejgRBs9JjqFFmzMwCgYIKoZIzj0EAwMDaQAwZgIxAPIU/zlJiJrxn6oTWNdEAD/YBSnhyxcvpq1D2DzFy8E8hbkEfMZPErYL7HyoL/BkdwIxAN9KDEKyktEUBrfHehfcLAzI2kERJx+8DSslXswOIbLaeqYfWsmrQAt5C0X/nOWxXA=="},{"rawBytes":"MIICFTCCAZugAwIBAgIUD3Jlqt4qhrcZI4UnGfPGrEq/pjQwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDkxMTEyMDAwMFoXDTI4MDkwOTEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE7X7nK0wC7uEmDjW+on0sXIX3FacL3hhcrhneA+M/kl1OtvQiPmFrH9lbUQqOj/AfspJ8uGY3jaq8WuSg6ghatzYfuuzLAJIK4nGpCBafncF8EynOssPq64/Dz+JUWXqlo2YwZDAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBATAdBgNVHQ4EFgQUwOG4UqRLTz7eejgRBs9JjqFFmzMwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAI8HWLrke7uzhOpwlD1cNixPmoX9XFKe7bEPozo0D+vKi0Gt6VlC7xPedFIw4/AypAIwQP+FGRWvfx0IAH5/n0aRiN7/LVpyFA5RkJASZOVOib2Y8pNuhXa9V3ZbWO6v6kW/"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2024-10-07T00:00:00Z","end":"2025-06-19T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"fulcio.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICKTCCAbCgAwIBAgIUU7Y2PESb8FK88XCRQvI2rKDB5skwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMB4XDTI1MDUyNzAwMDAwMFoXDTI2MDUyNzAwMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwyMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEevMuOTGccTTXLu65xinRJP4gxkOemyAPCmUXEvhXKtLd+aDgN87PI0QxutOmPuQD2dLZVfxQmt5lvwJpUDIVYkKpH3mDxYbF6MJPMbq+A/EhkMaOS2+mcJRJdY2uam0Vo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQU8tE1L3b7FV3qJKzSqy1w97vPt6AwHwYDVR0jBBgwFoAUwOG4UqRLTz7eejgRBs9JjqFFmzMwCgYIKoZIzj0EAwMDZwAwZAIwSIsnfcDIvp+9SGBe9Es4xLDgZ6/B3wtODu+jtNUznQFPw1/WHa3iBMp3vYPkIqZDAjBBD4AKu166Hg7tDd5E8ckSCNNDkXD0Q7Xdl4yujgqv0goVMeOgRA1pKDGszhunjAQ="},{"rawBytes":"MIICFTCCAZugAwIBAgIUD3Jlqt4qhrcZI4UnGfPGrEq/pjQwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDkxMTEyMDAwMFoXDTI4MDkwOTEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE7X7nK0wC7uEmDjW+on0sXIX3FacL3hhcrhneA+M/kl1OtvQiPmFrH9lbUQqOj/AfspJ8uGY3jaq8WuSg6ghatzYfuuzLAJIK4nGpCBafncF8EynOssPq64/Dz+JUWXqlo2YwZDAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBATAdBgNVHQ4EFgQUwOG4UqRLTz7eejgRBs9JjqFFmzMwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAI8HWLrke7uzhOpwlD1cNixPmoX9XFKe7bEPozo0D+vKi0Gt6VlC7xPedFIw4/AypAIwQP+FGRWvfx0IAH5/n0aRiN7/LVpyFA5RkJASZOVOib2Y8pNuhXa9V3ZbWO6v6kW/"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2025-05-27T00:00:00Z","end":"2025-12-09T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"fulcio.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICKjCCAbCgAwIBAgIUNansGfOzaol+jXgh/wsz0X36zTMwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMB4XDTI1MTExMzAwMDAwMFoXDTI2MTExMzAwMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwyMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE24Un0srydTqXkWtrVrNdgPRNa1cCZqBRpFImYqItuVs/mszkn+RSlwcMzg/LwphU84qwA8Xv2z8ZaIETHspoQgMO4dP5zhJ5W8M+9crL1kR4Co2vS3TJZF9Qpsg+HiTro3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUGO6KtZB8c9gbXS2uNF3tXCtFNhEwHwYDVR0jBBgwFoAUwOG4UqRLTz7eejgRBs9JjqFFmzMwCgYIKoZIzj0EAwMDaAAwZQIxALmOdTRy/SiOc+QSf+eAPz24xWGhMryvNpyNvBZDeyqthC9KaMKmX+kHwJ0A6/bTXQIwE1mPbkH6tBXuWxlR/2Bj7UZ3MADlHSYGQUjpHMdQqJk17UVBywad5U6uA/f0pFdU"},{"rawBytes":"MIICFTCCAZugAwIBAgIUD3Jlqt4qhrcZI4UnGfPGrEq/pjQwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDkxMTEyMDAwMFoXDTI4MDkwOTEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE7X7nK0wC7uEmDjW+on0sXIX3FacL3hhcrhneA+M/kl1OtvQiPmFrH9lbUQqOj/AfspJ8uGY3jaq8WuSg6ghatzYfuuzLAJIK4nGpCBafncF8EynOssPq64/Dz+JUWXqlo2YwZDAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBATAdBgNVHQ4EFgQUwOG4UqRLTz7eejgRBs9JjqFFmzMwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAI8HWLrke7uzhOpwlD1cNixPmoX9XFKe7bEPozo0D+vKi0Gt6VlC7xPedFIw4/AypAIwQP+FGRWvfx0IAH5/n0aRiN7/LVpyFA5RkJASZOVOib2Y8pNuhXa9V3ZbWO6v6kW/"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2025-11-13T00:00:00Z"}}],"timestampAuthorities":[{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"timestamp.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICHDCCAaGgAwIBAgIUNDVlmtZuvoujn4KwiC/oxIr8hxAwCgYIKoZIzj0EAwMwMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMB4XDTIzMDgzMTEyMDAwMFoXDTI0MDgzMDEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgVGltZXN0YW1waW5nMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEV/zJhNTdu0Fa9hGCUih/JvqEoE81tEWrAVwUXXhdRgIY9hIFErLhNo6sSOpV9d7Zuy0KWMHhcimCUr41a1732ByVRy3f+Z4QhqpsgFMh5b5J90HJLK7HOyUZjehAnvSno3gwdjAOBgNVHQ8BAf8EBAMCB4AwDAYDVR0TAQH/BAIwADAdBgNVHQ4EFgQUGwE6T5ZIh6lY9wP6vt42UHyVMewwHwYDVR0jBBgwFoAUdh+GTP65aetHLVLs9hdhGgDIKIwwFgYDVR0lAQH/BAwwCgYIKwYBBQUHAwgwCgYIKoZIzj0EAwMDaQAwZgIxAJo48LtrSsn0UmLtqGiUKg2EUvso+aDN5EyjpvMmobZ/Oq9zjnR7Of369hoABW4/1gIxANg5ZW4FqijhsXnA3md6jM9yLrLCI9QL+KnuZnXq6WgAcNQaAN7PNNjVDKV3iJEklw=="},{"rawBytes":"MIICJDCCAaqgAwIBAgIUckXVHpiw7iJY1V/jY8LYLj5TgqAwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTI4MDgwNTEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEISv96hTQ58QroEzzu4K+o9p8YkwDCBia2U7Y+VBNbOG/w1mLRibve9hSeUE1FSyLBMkiFSSm6MexcsbjyqOoNtRxuMinyYt6DSEox+/It2s/bTPyNAN0QP0DCQQOpnTZo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwgwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUdh+GTP65aetHLVLs9hdhGgDIKIwwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAIhf+2E5W2yOb/fCDAjhL/G/jerf74M0tG/zyo32U2keawxkzZosDdwnPaHaGLynAQIwa8nr3en4fZz1AdOZm6nK5hr1qK2F94nifgnAJ/WeT0fZnK/oHan0R28x363qYuYH"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2023-10-27T16:30:00Z","end":"2024-05-25T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"timestamp.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICGzCCAaGgAwIBAgIUPPgn6ner1PU/75CQ+62fdBuazaAwCgYIKoZIzj0EAwMwMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMB4XDTI0MDUxMzAwMDAwMFoXDTI1MDUxMzAwMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgVGltZXN0YW1waW5nMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEA0pG1mAC4qafk1JJuOoIvhnMME9XmBDxjGFreDLnyzaexIzRw+UHUFy8C2gE6Me+0tIGQt4Ftbu66NGmfvBkR6boPMYQSU2O5X5ykZBm/9LR/Aqz0lgmBy/OlXvTJjglo3gwdjAOBgNVHQ8BAf8EBAMCB4AwDAYDVR0TAQH/BAIwADAdBgNVHQ4EFgQUDa4GVhd97Z2V8kiVl9DB0kC53CMwHwYDVR0jBBgwFoAUdh+GTP65aetHLVLs9hdhGgDIKIwwFgYDVR0lAQH/BAwwCgYIKwYBBQUHAwgwCgYIKoZIzj0EAwMDaAAwZQIwEQHd++b7IBAAuqT2/1i/wXf1WM2XrkFF6qd1c3kFcBVvdLQyJ5KoyNUHnfCCVJROAjEA+FoASOEcARlU6RqVcif9JthHwzh6nNwz0AfAHvO8xantN/7HjiLmFrFEGR/g0kN/"},{"rawBytes":"MIICJDCCAaqgAwIBAgIUckXVHpiw7iJY1V/jY8LYLj5TgqAwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTI4MDgwNTEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEISv96hTQ58QroEzzu4K+o9p8YkwDCBia2U7Y+VBNbOG/w1mLRibve9hSeUE1FSyLBMkiFSSm6MexcsbjyqOoNtRxuMinyYt6DSEox+/It2s/bTPyNAN0QP0DCQQOpnTZo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwgwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUdh+GTP65aetHLVLs9hdhGgDIKIwwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAIhf+2E5W2yOb/fCDAjhL/G/jerf74M0tG/zyo32U2keawxkzZosDdwnPaHaGLynAQIwa8nr3en4fZz1AdOZm6nK5hr1qK2F94nifgnAJ/WeT0fZnK/oHan0R28x363qYuYH"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2024-05-13T00:00:00Z","end":"2024-10-25T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"timestamp.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICGzCCAaGgAwIBAgIUH7swiMTn+svhcDh80OeZccDTj7AwCgYIKoZIzj0EAwMwMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMB4XDTI0MTAwNDEyMDAwMFoXDTI1MTAwNDEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgVGltZXN0YW1waW5nMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEM7jdYNBTeD6hjym2/y73b50u2AFQsf8305Sr1NleOqamH9aWt6obhJQH3NoNUw9iFzHcDvafYWQFMu7SmOxS5n3aqwwfR8oJxKnEl36uCmGB+8TXS3B76SVTHEhG5rzOo3gwdjAOBgNVHQ8BAf8EBAMCB4AwDAYDVR0TAQH/BAIwADAdBgNVHQ4EFgQUQvz9YbWX3S6a+jruBkhRBiE2RCkwHwYDVR0jBBgwFoAUdh+GTP65aetHLVLs9hdhGgDIKIwwFgYDVR0lAQH/BAwwCgYIKwYBBQUHAwgwCgYIKoZIzj0EAwMDaAAwZQIxAI4dhu5iyx/g+z1vKAAWvHtebl1ZwsC+Vwgjm6Ttlq5yLNHHvYEnJ/h15Qv2IuXvdgIwZ8H/iy4lXsFJdFYSsB1/zavl24EgxSzxK/pCpihXMetYYDA/lX3xMyquisMx45rN"},{"rawBytes":"MIICJDCCAaqgAwIBAgIUckXVHpiw7iJY1V/jY8LYLj5TgqAwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTI4MDgwNTEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEISv96hTQ58QroEzzu4K+o9p8YkwDCBia2U7Y+VBNbOG/w1mLRibve9hSeUE1FSyLBMkiFSSm6MexcsbjyqOoNtRxuMinyYt6DSEox+/It2s/bTPyNAN0QP0DCQQOpnTZo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwgwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUdh+GTP65aetHLVLs9hdhGgDIKIwwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAIhf+2E5W2yOb/fCDAjhL/G/jerf74M0tG/zyo32U2keawxkzZosDdwnPaHaGLynAQIwa8nr3en4fZz1AdOZm6nK5hr1qK2F94nifgnAJ/WeT0fZnK/oHan0R28x363qYuYH"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2024-10-07T00:00:00Z","end":"2025-06-19T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"timestamp.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICGzCCAaGgAwIBAgIUaaAaeAO3NzYXR/muq5YMnGY34IUwCgYIKoZIzj0EAwMwMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMB4XDTI1MDUyNzAwMDAwMFoXDTI2MDUyNzAwMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgVGltZXN0YW1waW5nMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEAjyAb+jWITMjkgbjWC02N05Zf5/kPs73ICf5/8lHSyHnoqqItP2z3fkMpWiRpelX8eIjzCjZ0Zht+DpGxtJUNh5jMa+fFv2qoDLGbnQ17DXKXCr9nWHF4vCMflHZK5JHo3gwdjAOBgNVHQ8BAf8EBAMCB4AwDAYDVR0TAQH/BAIwADAdBgNVHQ4EFgQUyvAcv8s1s37A/IWZAwdEptzjfWIwHwYDVR0jBBgwFoAUdh+GTP65aetHLVLs9hdhGgDIKIwwFgYDVR0lAQH/BAwwCgYIKwYBBQUHAwgwCgYIKoZIzj0EAwMDaAAwZQIwMnoHA4qDtR3eRohUIhvHGG70xT9XMfEnuj0kRvi9wu9VumL4pXqz1ktJgTBm6DrYAjEA5SYnRfUm2yAYmGEkJr9RvSCV9O7X+fL8KqfM4TOPrXJLMERQjhRXbWZ4DjxvifnF"},{"rawBytes":"MIICJDCCAaqgAwIBAgIUckXVHpiw7iJY1V/jY8LYLj5TgqAwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTI4MDgwNTEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEISv96hTQ58QroEzzu4K+o9p8YkwDCBia2U7Y+VBNbOG/w1mLRibve9hSeUE1FSyLBMkiFSSm6MexcsbjyqOoNtRxuMinyYt6DSEox+/It2s/bTPyNAN0QP0DCQQOpnTZo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwgwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUdh+GTP65aetHLVLs9hdhGgDIKIwwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAIhf+2E5W2yOb/fCDAjhL/G/jerf74M0tG/zyo32U2keawxkzZosDdwnPaHaGLynAQIwa8nr3en4fZz1AdOZm6nK5hr1qK2F94nifgnAJ/WeT0fZnK/oHan0R28x363qYuYH"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2025-05-27T00:00:00Z","end":"2025-12-09T00:00:00Z"}},{"subject":{"organization":"GitHub, Inc.","commonName":"Internal Services Root"},"uri":"timestamp.githubapp.com","certChain":{"certificates":[{"rawBytes":"MIICGzCCAaGgAwIBAgIUHiljSG9Nx/Qf/gPpl7V1kyRh/jYwCgYIKoZIzj0EAwMwMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMB4XDTI1MTExMzAwMDAwMFoXDTI2MTExMzAwMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgVGltZXN0YW1waW5nMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEG1ZUJgbtNpInC7jR9hi4OMWK5yF5VeRpmCs6ADS5lx23MEHo3ek32O123e3YwH+J3F9Vbpd7ePQHnpdc6tsBcQ/y/NPw2Vf+VwMI/E35C5/3Y9A5kRXq9CFXC1bU6Fj6o3gwdjAOBgNVHQ8BAf8EBAMCB4AwDAYDVR0TAQH/BAIwADAdBgNVHQ4EFgQUXa9JaNrcN+1Je5aHEemVnH2XXtMwHwYDVR0jBBgwFoAUdh+GTP65aetHLVLs9hdhGgDIKIwwFgYDVR0lAQH/BAwwCgYIKwYBBQUHAwgwCgYIKoZIzj0EAwMDaAAwZQIwJyVOay8lriDg4Up0VFWc/o19mzuQeoEItzM2dG50eXF4KbPo9zfdviS3D6StPFRGAjEA5IHCXJ8qP8CsAsQmT3IPimUTAvDNJZI4GFIxs+od/R/EUHGu4NxuwPX3A1ZnJP7z"},{"rawBytes":"MIICJDCCAaqgAwIBAgIUckXVHpiw7iJY1V/jY8LYLj5TgqAwCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTI4MDgwNTEyMDAwMFowMjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMRkwFwYDVQQDExBUU0EgaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEISv96hTQ58QroEzzu4K+o9p8YkwDCBia2U7Y+VBNbOG/w1mLRibve9hSeUE1FSyLBMkiFSSm6MexcsbjyqOoNtRxuMinyYt6DSEox+/It2s/bTPyNAN0QP0DCQQOpnTZo3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwgwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUdh+GTP65aetHLVLs9hdhGgDIKIwwHwYDVR0jBBgwFoAUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaAAwZQIxAIhf+2E5W2yOb/fCDAjhL/G/jerf74M0tG/zyo32U2keawxkzZosDdwnPaHaGLynAQIwa8nr3en4fZz1AdOZm6nK5hr1qK2F94nifgnAJ/WeT0fZnK/oHan0R28x363qYuYH"},{"rawBytes":"MIIB9TCCAXqgAwIBAgIUNFryA06EHDIcd5EIbe8swbl9OY4wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MB4XDTIzMDgwNzEyMDAwMFoXDTMzMDgwNDEyMDAwMFowODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZJbnRlcm5hbCBTZXJ2aWNlcyBSb290MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEXYaXx4H0oNuVP/2cfydA3oaafvvkkkgb5hbL8/j/BO25S7uTmDOCA5e4QLLWCKFuc+xp2j14tCH4WmHzMUDvf2tXtInVliY5wZgQMM9L6klo/IwA9x4omdcjnT+kKJAjo0UwQzAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBAjAdBgNVHQ4EFgQUfFJ5/6rhfHEZPnXAhrQLhGkJJMwwCgYIKoZIzj0EAwMDaQAwZgIxAPzXsV+eokrqOHSQZH/XhhHE1slOscKy3DQpYpYJ1AWmJ2lJu/XOmubBX5s7apllUwIxALw2Ts8CDACiK42UymC8fk6sbNfoXUAWqdyKTVt2Lst+wNdkRniGvx7jT65BKTkcsQ=="}]},"validFor":{"start":"2025-11-13T00:00:00Z"}}]}');
;// CONCATENATED MODULE: ./src/adapters/sigstore/roots/public-good.trusted_root.json
const public_good_trusted_root_namespaceObject = /*#__PURE__*/JSON.parse('{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1","tlogs":[{"baseUrl":"https://rekor.sigstore.dev","hashAlgorithm":"SHA2_256","publicKey":{"rawBytes":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE2G2Y+2tabdTV5BcGiBIx0a9fAFwrkBbmLSGtks4L3qX6yYY0zufBnhC8Ur/iy55GhWP/9A/bY2LhC30M9+RYtw==","keyDetails":"PKIX_ECDSA_P256_SHA_256","validFor":{"start":"2021-01-12T11:53:27Z"}},"logId":{"keyId":"wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0="}},{"baseUrl":"https://log2025-1.rekor.sigstore.dev","hashAlgorithm":"SHA2_256","publicKey":{"rawBytes":"MCowBQYDK2VwAyEAt8rlp1knGwjfbcXAYPYAkn0XiLz1x8O4t0YkEhie244=","keyDetails":"PKIX_ED25519","validFor":{"start":"2025-09-23T00:00:00Z"}},"logId":{"keyId":"zxGZFVvd0FEmjR8WrFwMdcAJ9vtaY/QXf44Y1wUeP6A="}}],"certificateAuthorities":[{"subject":{"organization":"sigstore.dev","commonName":"sigstore"},"uri":"https://fulcio.sigstore.dev","certChain":{"certificates":[{"rawBytes":"MIIB+DCCAX6gAwIBAgITNVkDZoCiofPDsy7dfm6geLbuhzAKBggqhkjOPQQDAzAqMRUwEwYDVQQKEwxzaWdzdG9yZS5kZXYxETAPBgNVBAMTCHNpZ3N0b3JlMB4XDTIxMDMwNzAzMjAyOVoXDTMxMDIyMzAzMjAyOVowKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTB2MBAGByqGSM49AgEGBSuBBAAiA2IABLSyA7Ii5k+pNO8ZEWY0ylemWDowOkNa3kL+GZE5Z5GWehL9/A9bRNA3RbrsZ5i0JcastaRL7Sp5fp/jD5dxqc/UdTVnlvS16an+2Yfswe/QuLolRUCrcOE2+2iA5+tzd6NmMGQwDgYDVR0PAQH/BAQDAgEGMBIGA1UdEwEB/wQIMAYBAf8CAQEwHQYDVR0OBBYEFMjFHQBBmiQpMlEk6w2uSu1KBtPsMB8GA1UdIwQYMBaAFMjFHQBBmiQpMlEk6w2uSu1KBtPsMAoGCCqGSM49BAMDA2gAMGUCMH8liWJfMui6vXXBhjDgY4MwslmN/TJxVe/83WrFomwmNf056y1X48F9c4m3a3ozXAIxAKjRay5/aj/jsKKGIkmQatjI8uupHr/+CxFvaJWmpYqNkLDGRU+9orzh5hI2RrcuaQ=="}]},"validFor":{"start":"2021-03-07T03:20:29Z","end":"2022-12-31T23:59:59.999Z"}},{"subject":{"organization":"sigstore.dev","commonName":"sigstore"},"uri":"https://fulcio.sigstore.dev","certChain":{"certificates":[{"rawBytes":"MIICGjCCAaGgAwIBAgIUALnViVfnU0brJasmRkHrn/UnfaQwCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMjA0MTMyMDA2MTVaFw0zMTEwMDUxMzU2NThaMDcxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEeMBwGA1UEAxMVc2lnc3RvcmUtaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE8RVS/ysH+NOvuDZyPIZtilgUF9NlarYpAd9HP1vBBH1U5CV77LSS7s0ZiH4nE7Hv7ptS6LvvR/STk798LVgMzLlJ4HeIfF3tHSaexLcYpSASr1kS0N/RgBJz/9jWCiXno3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQU39Ppz1YkEZb5qNjpKFWixi4YZD8wHwYDVR0jBBgwFoAUWMAeX5FFpWapesyQoZMi0CrFxfowCgYIKoZIzj0EAwMDZwAwZAIwPCsQK4DYiZYDPIaDi5HFKnfxXx6ASSVmERfsynYBiX2X6SJRnZU84/9DZdnFvvxmAjBOt6QpBlc4J/0DxvkTCqpclvziL6BCCPnjdlIB3Pu3BxsPmygUY7Ii2zbdCdliiow="},{"rawBytes":"MIIB9zCCAXygAwIBAgIUALZNAPFdxHPwjeDloDwyYChAO/4wCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMTEwMDcxMzU2NTlaFw0zMTEwMDUxMzU2NThaMCoxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjERMA8GA1UEAxMIc2lnc3RvcmUwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAT7XeFT4rb3PQGwS4IajtLk3/OlnpgangaBclYpsYBr5i+4ynB07ceb3LP0OIOZdxexX69c5iVuyJRQ+Hz05yi+UF3uBWAlHpiS5sh0+H2GHE7SXrk1EC5m1Tr19L9gg92jYzBhMA4GA1UdDwEB/wQEAwIBBjAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBRYwB5fkUWlZql6zJChkyLQKsXF+jAfBgNVHSMEGDAWgBRYwB5fkUWlZql6zJChkyLQKsXF+jAKBggqhkjOPQQDAwNpADBmAjEAj1nHeXZp+13NWBNa+EDsDP8G1WWg1tCMWP/WHPqpaVo0jhsweNFZgSs0eE7wYI4qAjEA2WB9ot98sIkoF3vZYdd3/VtWB5b9TNMea7Ix/stJ5TfcLLeABLE4BNJOsQ4vnBHJ"}]},"validFor":{"start":"2022-04-13T20:06:15Z"}}],"ctlogs":[{"baseUrl":"https://ctfe.sigstore.dev/test","hashAlgorithm":"SHA2_256","publicKey":{"rawBytes":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEbfwR+RJudXscgRBRpKX1XFDy3PyudDxz/SfnRi1fT8ekpfBd2O1uoz7jr3Z8nKzxA69EUQ+eFCFI3zeubPWU7w==","keyDetails":"PKIX_ECDSA_P256_SHA_256","validFor":{"start":"2021-03-14T00:00:00Z","end":"2022-10-31T23:59:59.999Z"}},"logId":{"keyId":"CGCS8ChS/2hF0dFrJ4ScRWcYrBY9wzjSbea8IgY2b3I="}},{"baseUrl":"https://ctfe.sigstore.dev/2022","hashAlgorithm":"SHA2_256","publicKey":{"rawBytes":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEiPSlFi0CmFTfEjCUqF9HuCEcYXNKAaYalIJmBZ8yyezPjTqhxrKBpMnaocVtLJBI1eM3uXnQzQGAJdJ4gs9Fyw==","keyDetails":"PKIX_ECDSA_P256_SHA_256","validFor":{"start":"2022-10-20T00:00:00Z"}},"logId":{"keyId":"3T0wasbHETJjGR4cmWc3AqJKXrjePK3/h4pygC8p7o4="}}],"timestampAuthorities":[{"subject":{"organization":"sigstore.dev","commonName":"sigstore-tsa-selfsigned"},"uri":"https://timestamp.sigstore.dev/api/v1/timestamp","certChain":{"certificates":[{"rawBytes":"MIICEDCCAZagAwIBAgIUOhNULwyQYe68wUMvy4qOiyojiwwwCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMC4xFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEVMBMGA1UEAxMMc2lnc3RvcmUtdHNhMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE4ra2Z8hKNig2T9kFjCAToGG30jky+WQv3BzL+mKvh1SKNR/UwuwsfNCg4sryoYAd8E6isovVA3M4aoNdm9QDi50Z8nTEyvqgfDPtTIwXItfiW/AFf1V7uwkbkAoj0xxco2owaDAOBgNVHQ8BAf8EBAMCB4AwHQYDVR0OBBYEFIn9eUOHz9BlRsMCRscsc1t9tOsDMB8GA1UdIwQYMBaAFJjsAe9/u1H/1JUeb4qImFMHic6/MBYGA1UdJQEB/wQMMAoGCCsGAQUFBwMIMAoGCCqGSM49BAMDA2gAMGUCMDtpsV/6KaO0qyF/UMsX2aSUXKQFdoGTptQGc0ftq1csulHPGG6dsmyMNd3JB+G3EQIxAOajvBcjpJmKb4Nv+2Taoj8Uc5+b6ih6FXCCKraSqupe07zqswMcXJTe1cExvHvvlw=="},{"rawBytes":"MIIB9zCCAXygAwIBAgIUV7f0GLDOoEzIh8LXSW80OJiUp14wCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMDkxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEgMB4GA1UEAxMXc2lnc3RvcmUtdHNhLXNlbGZzaWduZWQwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQUQNtfRT/ou3YATa6wB/kKTe70cfJwyRIBovMnt8RcJph/COE82uyS6FmppLLL1VBPGcPfpQPYJNXzWwi8icwhKQ6W/Qe2h3oebBb2FHpwNJDqo+TMaC/tdfkv/ElJB72jRTBDMA4GA1UdDwEB/wQEAwIBBjASBgNVHRMBAf8ECDAGAQH/AgEAMB0GA1UdDgQWBBSY7AHvf7tR/9SVHm+KiJhTB4nOvzAKBggqhkjOPQQDAwNpADBmAjEAwGEGrfGZR1cen1R8/DTVMI943LssZmJRtDp/i7SfGHmGRP6gRbuj9vOK3b67Z0QQAjEAuT2H673LQEaHTcyQSZrkp4mX7WwkmF+sVbkYY5mXN+RMH13KUEHHOqASaemYWK/E"}]},"validFor":{"start":"2025-07-04T00:00:00Z"}}]}');
;// CONCATENATED MODULE: ./src/adapters/sigstore/trust.ts





async function loadTrustedRoots(source) {
    switch (source.kind) {
        case 'embedded':
            return [dist.TrustedRoot.fromJSON(public_good_trusted_root_namespaceObject), embeddedGitHubRoot()];
        case 'file':
            return parseTrustedRoots(await readTrustFile(source.path), source.path);
        case 'tuf':
            return [await fetchTrustedRootFromTuf(source), embeddedGitHubRoot()];
    }
}
/** GitHub's own instance, from the embedded copy whatever the source (roots/README.md says why). */
function embeddedGitHubRoot() {
    return dist.TrustedRoot.fromJSON(github_trusted_root_namespaceObject);
}
async function readTrustFile(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* GuardError */.U$('trust_root_unavailable', `cannot read trusted root file ${path}: ${error.message}`, { cause: error });
    }
}
/** `gh attestation trusted-root` prints one root per line; a plain trusted_root.json is one object. */
function parseTrustedRoots(text, origin) {
    let values;
    try {
        const trimmed = text.trim();
        values =
            trimmed.startsWith('{') && !trimmed.includes('}\n{')
                ? [JSON.parse(trimmed)]
                : trimmed
                    .split('\n')
                    .filter(Boolean)
                    .map((l) => JSON.parse(l));
    }
    catch {
        throw new errors/* GuardError */.U$('trust_root_unavailable', `${origin} is not a trusted root (JSON or JSON lines)`);
    }
    const roots = values.map((value) => dist.TrustedRoot.fromJSON(value));
    if (roots.length === 0 || roots.some((root) => root.certificateAuthorities.length === 0)) {
        throw new errors/* GuardError */.U$('trust_root_unavailable', `${origin} holds no certificate authority: not a Sigstore trusted root`);
    }
    return roots;
}
async function fetchTrustedRootFromTuf(source) {
    try {
        // Loaded only when needed: the TUF client and its HTTP stack are most of the bundle.
        const { getTrustedRoot } = await __webpack_require__.e(/* import() */ 694).then(__webpack_require__.bind(__webpack_require__, 4423));
        return await getTrustedRoot({
            mirrorURL: source.mirrorUrl,
            rootPath: source.rootPath,
            cachePath: source.cachePath,
            retry: 1,
            timeout: 5_000,
        });
    }
    catch (error) {
        const where = source.mirrorUrl ?? 'the Sigstore public-good TUF repository';
        throw new errors/* GuardError */.U$('trust_root_unavailable', `cannot fetch the trusted root from ${where}: ${error.message}. Offline, give a trusted root instead (the CLI's --trusted-root FILE or --offline; the action's trust input).`, { cause: error });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(4187);
// EXTERNAL MODULE: ./src/core/policy/index.ts + 12 modules
var policy = __webpack_require__(5088);
// EXTERNAL MODULE: ./src/core/provenance/index.ts + 5 modules
var provenance = __webpack_require__(4145);
;// CONCATENATED MODULE: ./src/adapters/sigstore/certificate.ts

const FULCIO = '1.3.6.1.4.1.57264.1';
/**
 * Reads the Fulcio extensions; newer ones are DER UTF8Strings, the legacy ones raw bytes. A value with
 * whitespace or control characters is refused: it could pass a comparison that looks exact.
 */
function toSignerFacts(certificate) {
    const read = (what, suffix, legacySuffix) => (0,provenance/* assertPlainIdentity */.r8)(derString(certificate, `${FULCIO}.${suffix}`) ??
        (legacySuffix ? rawString(certificate, `${FULCIO}.${legacySuffix}`) : null), `the certificate's ${what} (OID ${FULCIO}.${suffix})`);
    const legacyRepository = (0,provenance/* assertPlainIdentity */.r8)(rawString(certificate, `${FULCIO}.5`), "the certificate's repository (OID .5)");
    return {
        subjectAlternativeName: (0,provenance/* assertPlainIdentity */.r8)(certificate.subjectAltName ?? null, "the certificate's SAN"),
        issuer: read('issuer', 8, 1),
        buildSignerUri: read('Build Signer URI', 9),
        runnerEnvironment: read('Runner Environment', 11),
        sourceRepositoryUri: read('Source Repository URI', 12) ??
            (legacyRepository ? `https://github.com/${legacyRepository}` : null),
        sourceRepositoryDigest: read('Source Repository Digest', 13, 3),
        sourceRepositoryRef: read('Source Repository Ref', 14, 6),
        sourceRepositoryIdentifier: read('Source Repository Identifier', 15),
        sourceRepositoryOwnerIdentifier: read('Source Repository Owner Identifier', 17),
    };
}
function derString(certificate, oid) {
    const value = certificate.extension(oid)?.value;
    if (!value || value.length < 2 || value[0] !== 0x0c)
        return null;
    const [offset, length] = derLength(value);
    return value.subarray(offset, offset + length).toString('utf8');
}
function derLength(value) {
    const first = value[1] ?? 0;
    if (first < 0x80)
        return [2, first];
    const size = first & 0x7f;
    let length = 0;
    for (let i = 0; i < size; i++)
        length = (length << 8) | (value[2 + i] ?? 0);
    return [2 + size, length];
}
function rawString(certificate, oid) {
    const value = certificate.extension(oid)?.value;
    return value && value.length > 0 ? value.toString('utf8') : null;
}

;// CONCATENATED MODULE: ./src/adapters/sigstore/roots/npm-registry-keys.json
const npm_registry_keys_namespaceObject = /*#__PURE__*/JSON.parse('{"H":[{"keyid":"SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA","keytype":"ecdsa-sha2-nistp256","expires":"2025-01-29T00:00:00.000Z","key":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE1Olb3zMAFFxXKHiIkQO5cJ3Yhl5i6UPp+IhuteBJbuHcA5UogKo0EWtlWwW6KSaKoTNEYL7JlCQiVnkhBktUgg=="},{"keyid":"SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U","keytype":"ecdsa-sha2-nistp256","expires":null,"key":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEY6Ya7W++7aUPzvMTrezH6Ycx3c+HOKYCcNGybJZSCJq/fd7Qa8uuAKtdIkUQtQiEKERhAmE5lMMJhP8OkDOa2g=="}]}');
;// CONCATENATED MODULE: ./src/adapters/sigstore/npm-keys.ts



/** The npm registry's publish-attestation keys by hint, in the shape `toTrustMaterial` takes. */
function npmRegistryKeys() {
    return Object.fromEntries(npm_registry_keys_namespaceObject.H.map((key) => [
        key.keyid,
        {
            rawBytes: (0,external_node_crypto_.createPublicKey)({
                key: Buffer.from(key.key, 'base64'),
                format: 'der',
                type: 'spki',
            }).export({ format: 'der', type: 'spki' }),
            keyDetails: dist.PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
            validFor: key.expires === null ? undefined : { start: undefined, end: new Date(key.expires) },
        },
    ]));
}
function isNpmRegistryKey(hint) {
    return npm_registry_keys_namespaceObject.H.some((key) => key.keyid === hint);
}

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(3917);
;// CONCATENATED MODULE: ./src/adapters/sigstore/root-selection.ts



// Trust material is costly to build and never changes for a root object: build it once.
const prepared = new WeakMap();
function prepare(root) {
    let entry = prepared.get(root);
    if (!entry) {
        const timestampOnly = isTimestampOnly(root);
        // npm's publish attestations are signed by the registry's key and logged in public-good Rekor only.
        const material = timestampOnly ? (0,verify_dist/* toTrustMaterial */.jO)(root) : (0,verify_dist/* toTrustMaterial */.jO)(root, npmRegistryKeys());
        entry = {
            root,
            verifier: new verify_dist/* Verifier */.BL(material, timestampOnly ? TIMESTAMP_ONLY : LOGGED),
            caSubjects: root.certificateAuthorities
                .flatMap((ca) => ca.certChain?.certificates ?? [])
                .flatMap((cert) => subjectOf(cert.rawBytes)),
        };
        prepared.set(root, entry);
    }
    return entry;
}
/** A root with a log (public-good): one SCT, one transparency-log entry, one timestamp (the entry's). */
const LOGGED = { ctlogThreshold: 1, tlogThreshold: 1, timestampThreshold: 1 };
/** GitHub's instance: no SCT, no log entry, one RFC 3161 timestamp from one of the root's TSAs. */
const TIMESTAMP_ONLY = { ctlogThreshold: 0, tlogThreshold: 0, timestampThreshold: 1 };
/**
 * A root with neither a transparency log nor a CT log (GitHub's instance) can vouch for a signing time only
 * through its timestamp authorities. A root with either log keeps every threshold at one, so a bundle
 * stripped of its log entry or a certificate without its SCT never passes under it.
 */
function isTimestampOnly(root) {
    return root.tlogs.length === 0 && root.ctlogs.length === 0;
}
function subjectOf(der) {
    try {
        return [core_dist.X509Certificate.parse(Buffer.from(der)).subject];
    }
    catch {
        return [];
    }
}
/**
 * The verifiers of the roots whose CA issued the leaf (a byte comparison of distinguished names;
 * the library then verifies the chain itself); when none matches, or the bundle is signed by a key, every
 * root is tried.
 */
function verifiersFor(roots, leaf) {
    const all = roots.map(prepare);
    const matching = leaf === null
        ? []
        : all.filter((entry) => entry.caSubjects.some((subject) => subject.equals(leaf.issuer)));
    return (matching.length > 0 ? matching : all).map((entry) => entry.verifier);
}

;// CONCATENATED MODULE: ./src/adapters/sigstore/signature.ts








const EXPECTED = 'signature, certificate chain and log/timestamp verify under a trusted root';
/**
 * Cryptographic verification through `@sigstore/verify`: DSSE signature, Fulcio chain, SCTs, and
 * transparency-log inclusion or RFC 3161 timestamps, with thresholds chosen by the trusted root
 * that issued the certificate (GitHub's instance has no logs). Who signed is the policy's question:
 * the identity checks read the returned certificate facts.
 */
function verifyBundleSignature(bundleJson, roots) {
    const { entity, leaf, hint } = toVerifiable(bundleJson);
    const signer = leaf === null ? null : readSigner(leaf);
    if (leaf === null && !isNpmRegistryKey(hint)) {
        return rejected('signature_invalid', `signed by a public key that is not trusted (hint ${JSON.stringify(hint)})`);
    }
    const errors = [];
    for (const verifier of verifiersFor(roots, leaf)) {
        const error = verifyWith(verifier, entity);
        if (error === null)
            return {
                check: (0,policy/* passed */.bF)('signature', 'signature_invalid', EXPECTED, 'verified'),
                signer,
                keyHint: leaf ? null : hint,
            };
        errors.push(error);
    }
    // An edited payload first breaks the log entry's body hash; name the root cause instead.
    if (leaf !== null && !entity.signature.verifySignature(publicKeyOf(leaf))) {
        return rejected('signature_invalid', 'the signature does not match the payload');
    }
    const error = errors[0] ?? new Error('no trusted root to verify against');
    const code = error instanceof verify_dist/* VerificationError */.mk && /^(TLOG|TIMESTAMP)/.test(error.code)
        ? 'tlog_invalid'
        : 'signature_invalid';
    return rejected(code, error instanceof verify_dist/* VerificationError */.mk ? `${error.code}: ${error.message}` : error.message);
}
function rejected(code, actual) {
    return { check: (0,policy/* failed */.gz)('signature', code, EXPECTED, actual), signer: null, keyHint: null };
}
/** The library's parsers throw plain errors on attacker-controlled bytes; they become coded here. */
function toVerifiable(json) {
    let bundle;
    try {
        bundle = (0,bundle_dist/* bundleFromJSON */.vw)(json);
    }
    catch (error) {
        throw new errors/* GuardError */.U$('provenance_malformed', `invalid Sigstore bundle: ${error.message}`, {
            cause: error,
        });
    }
    try {
        const material = bundle.verificationMaterial.content;
        const entity = (0,verify_dist/* toSignedEntity */.DC)(bundle);
        // The entity has parsed the leaf certificate already; a second parse is a measurable share of a warm
        // verification.
        const leaf = entity.key.$case === 'certificate' ? entity.key.certificate : null;
        return { entity, leaf, hint: material.$case === 'publicKey' ? material.publicKey.hint : '' };
    }
    catch (error) {
        throw new errors/* GuardError */.U$('provenance_malformed', `the bundle's certificate or signature cannot be parsed: ${error.message}`, { cause: error });
    }
}
function readSigner(leaf) {
    try {
        return toSignerFacts(leaf);
    }
    catch (error) {
        if ((0,errors/* isGuardError */.QT)(error))
            throw error;
        throw new errors/* GuardError */.U$('provenance_malformed', `the signing certificate cannot be read: ${error.message}`, { cause: error });
    }
}
/**
 * Only a rejected signature needs the key on its own: building it for every verification costs more than our
 * policy checks.
 */
function publicKeyOf(leaf) {
    try {
        return (0,external_node_crypto_.createPublicKey)({ key: leaf.publicKey, format: 'der', type: 'spki' });
    }
    catch (error) {
        throw new errors/* GuardError */.U$('provenance_malformed', `the signing certificate's key cannot be read: ${error.message}`, { cause: error });
    }
}
function verifyWith(verifier, entity) {
    try {
        verifier.verify(entity);
        return null;
    }
    catch (error) {
        return error;
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/adapters/sigstore/rekor-lookup.ts



const LogEntrySchema = schemas/* object */.Ikc({
    body: schemas/* string */.YjP(),
    integratedTime: schemas/* number */.aig(),
    logID: schemas/* string */.YjP(),
    logIndex: schemas/* number */.aig(),
    verification: schemas/* object */.Ikc({
        signedEntryTimestamp: schemas/* string */.YjP(),
        inclusionProof: schemas/* object */.Ikc({
            logIndex: schemas/* number */.aig(),
            rootHash: schemas/* string */.YjP(),
            treeSize: schemas/* number */.aig(),
            hashes: schemas/* array */.YOg(schemas/* string */.YjP()),
            checkpoint: schemas/* string */.YjP(),
        })
            .optional(),
    }),
});
const TIMEOUT_MS = 10_000;
/**
 * Turns a legacy slsa-github-generator envelope (no inclusion proof) into a Sigstore bundle by
 * looking its entry up in Rekor. The bundle is then verified like any other: the log entry's body,
 * promise and proof are checked against the trusted root, so a wrong or forged entry cannot pass.
 */
async function bundleFromRekor(envelope, rekorUrl) {
    const signature = envelope.signatures[0];
    if (!signature)
        throw new errors/* GuardError */.U$('provenance_malformed', 'the DSSE envelope has no signature');
    const certificate = certificateDer(signature.cert);
    const payloadDigest = (0,external_node_crypto_.createHash)('sha256').update(Buffer.from(envelope.payload, 'base64')).digest('hex');
    const uuids = asRekorAnswer(schemas/* array */.YOg(schemas/* string */.YjP()), await rekorJson(rekorUrl, '/api/v1/index/retrieve', { hash: `sha256:${payloadDigest}` }), 'index/retrieve');
    for (const uuid of uuids) {
        const entries = asRekorAnswer(schemas/* record */.g1P(schemas/* string */.YjP(), LogEntrySchema), await rekorJson(rekorUrl, `/api/v1/log/entries/${uuid}`), 'log/entries');
        const entry = Object.values(entries)[0];
        if (entry && bodyNamesSignature(entry.body, signature.sig))
            return toBundleJson(envelope, certificate, entry);
    }
    throw new errors/* GuardError */.U$('tlog_invalid', `Rekor at ${rekorUrl} has no entry for this envelope's signature`);
}
/** The envelope's certificate comes from whoever wrote the file: a PEM that does not parse is malformed. */
function certificateDer(pem) {
    try {
        return new external_node_crypto_.X509Certificate(pem).raw.toString('base64');
    }
    catch (error) {
        throw new errors/* GuardError */.U$('provenance_malformed', `the DSSE envelope's certificate is not an X.509 certificate: ${error.message}`, { cause: error });
    }
}
function asRekorAnswer(schema, value, route) {
    const parsed = schema.safeParse(value);
    if (!parsed.success)
        throw new errors/* GuardError */.U$('tlog_invalid', `Rekor answered ${route} with an unexpected shape`);
    return parsed.data;
}
async function rekorJson(base, path, body) {
    const url = new URL(path, base);
    let response;
    try {
        response = await fetch(url, {
            method: body ? 'POST' : 'GET',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: body ? JSON.stringify(body) : undefined,
            signal: AbortSignal.timeout(TIMEOUT_MS),
        });
    }
    catch (error) {
        throw new errors/* GuardError */.U$('tlog_invalid', `cannot reach Rekor at ${url.origin}: ${error.message}`, {
            cause: error,
        });
    }
    if (!response.ok)
        throw new errors/* GuardError */.U$('tlog_invalid', `Rekor answered ${response.status} for ${url.pathname}`);
    try {
        return await response.json();
    }
    catch (error) {
        throw new errors/* GuardError */.U$('tlog_invalid', `Rekor answered ${url.pathname} with something that is not JSON`, {
            cause: error,
        });
    }
}
function entryKind(body) {
    let json;
    try {
        json = JSON.parse(Buffer.from(body, 'base64').toString('utf8'));
    }
    catch {
        throw new errors/* GuardError */.U$('tlog_invalid', 'a Rekor entry body is not JSON');
    }
    return asRekorAnswer(schemas/* object */.Ikc({ kind: schemas/* string */.YjP(), apiVersion: schemas/* string */.YjP() }), json, 'log/entries (body)');
}
/** intoto entries carry the signature base64-encoded once more; dsse entries carry it as is. */
function bodyNamesSignature(body, sig) {
    const text = Buffer.from(body, 'base64').toString('utf8');
    return text.includes(sig) || text.includes(Buffer.from(sig).toString('base64'));
}
function toBundleJson(envelope, certificateBase64, entry) {
    const kind = entryKind(entry.body);
    const proof = entry.verification.inclusionProof;
    const hexToBase64 = (hex) => Buffer.from(hex, 'hex').toString('base64');
    return {
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial: {
            x509CertificateChain: { certificates: [{ rawBytes: certificateBase64 }] },
            tlogEntries: [
                {
                    logIndex: String(entry.logIndex),
                    logId: { keyId: hexToBase64(entry.logID) },
                    kindVersion: { kind: kind.kind, version: kind.apiVersion },
                    integratedTime: String(entry.integratedTime),
                    inclusionPromise: { signedEntryTimestamp: entry.verification.signedEntryTimestamp },
                    inclusionProof: proof && {
                        logIndex: String(proof.logIndex),
                        rootHash: hexToBase64(proof.rootHash),
                        treeSize: String(proof.treeSize),
                        hashes: proof.hashes.map(hexToBase64),
                        checkpoint: { envelope: proof.checkpoint },
                    },
                    canonicalizedBody: entry.body,
                },
            ],
            timestampVerificationData: { rfc3161Timestamps: [] },
        },
        dsseEnvelope: {
            payload: envelope.payload,
            payloadType: envelope.payloadType,
            signatures: envelope.signatures.map(({ sig, keyid }) => ({ sig, keyid: keyid ?? '' })),
        },
    };
}

;// CONCATENATED MODULE: ./src/adapters/sigstore/index.ts






/***/ }),

/***/ 3147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Dt: () => (/* reexport */ MAX_PROVENANCE_BYTES),
  a8: () => (/* reexport */ decodeAttestations),
  TL: () => (/* reexport */ parseInputs),
  Qq: () => (/* reexport */ inputs_text),
  JX: () => (/* reexport */ toPolicyRequest),
  _r: () => (/* reexport */ toVerifyRequest),
  OZ: () => (/* reexport */ url),
  Tu: () => (/* reexport */ verifyProvenance),
  Ad: () => (/* reexport */ verifyUnderPolicy)
});

// UNUSED EXPORTS: NPM_PUBLISH, PolicyInputsSchema, SLSA_PREFIX, VERIFIER_NAME, VerifyInputsSchema, defaultDependencies, describeAttestation, isSlsaProvenance

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors/index.ts + 6 modules
var errors = __webpack_require__(9421);
// EXTERNAL MODULE: ./src/core/policy/index.ts + 12 modules
var core_policy = __webpack_require__(5088);
// EXTERNAL MODULE: ./src/adapters/sigstore/index.ts + 9 modules
var sigstore = __webpack_require__(4217);
// EXTERNAL MODULE: ./src/adapters/files/hash.ts
var files_hash = __webpack_require__(7694);
// EXTERNAL MODULE: ./src/core/provenance/index.ts + 5 modules
var provenance = __webpack_require__(4145);
;// CONCATENATED MODULE: ./src/commands/verify/attestations.ts


const SLSA_PREFIX = 'https://slsa.dev/provenance/';
const NPM_PUBLISH = 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1';
/** Every attestation of the file, in order; the file itself must at least be readable JSON. */
function decodeAttestations(text) {
    return (0,provenance/* parseProvenanceCandidates */.x2)(text).map((candidate, index) => {
        try {
            const document = (0,provenance/* toProvenanceDocument */.y1)(candidate);
            return { ok: true, index, document, statement: (0,provenance/* decodeStatement */.Gc)(document.envelope) };
        }
        catch (error) {
            if (!(error instanceof errors/* GuardError */.U$))
                throw error;
            return { ok: false, index, error };
        }
    });
}
function isSlsaProvenance(attestation) {
    return attestation.ok && attestation.statement.predicateType.startsWith(SLSA_PREFIX);
}
function describeAttestation(attestation, total) {
    const position = total > 1 ? `attestation ${attestation.index + 1} of ${total}` : 'the attestation';
    return attestation.ok ? `${position} (${attestation.statement.predicateType})` : position;
}

;// CONCATENATED MODULE: ./src/commands/verify/request.ts
const VERIFIER_NAME = 'sigstore-js';

;// CONCATENATED MODULE: ./src/commands/verify/verify-attestation.ts






/**
 * The nine steps of DESIGN §2 for one attestation; a coded failure anywhere ends in a verdict, not a throw.
 */
async function verifyAttestation(attestation, context) {
    const label = describeAttestation(attestation, context.total);
    if (!attestation.ok) {
        return verdictOf(label, {
            checks: [(0,core_policy/* failed */.gz)('bundle', attestation.error.code, expectationFor('bundle'), attestation.error.message)],
            facts: null,
            subjects: [],
            artifacts: [],
        });
    }
    const { statement } = attestation;
    const checks = [
        (0,core_policy/* passed */.bF)('bundle', 'provenance_malformed', expectationFor('bundle'), describeDocument(attestation)),
    ];
    let facts = null;
    let artifacts = [];
    let stage = 'bundle';
    let standing = null;
    try {
        facts = (0,provenance/* toPredicateFacts */.IZ)(statement);
        stage = 'signature';
        const outcome = (0,sigstore/* verifyBundleSignature */.OB)(await toVerifiableBundle(attestation, context.request), await context.roots());
        checks.push(outcome.check);
        if (outcome.check.status !== 'passed')
            return verdictOf(label, { checks, facts, subjects: statement.subject, artifacts: [] });
        checks.push(...(statement.predicateType === NPM_PUBLISH
            ? publishChecks(outcome)
            : provenanceChecks(outcome, facts, context.request)));
        standing =
            outcome.signer && statement.predicateType !== NPM_PUBLISH
                ? (0,core_policy/* builderStanding */.s5)(facts, outcome.signer)
                : null;
        stage = 'subjects';
        artifacts = await context.digests();
        checks.push((0,core_policy/* checkSubjects */.GX)(statement.subject, artifacts, context.request.requireAllSubjects));
    }
    catch (error) {
        if (!(0,errors/* isGuardError */.QT)(error))
            throw error;
        checks.push((0,core_policy/* failed */.gz)(stage, error.code, expectationFor(stage), error.message));
    }
    return verdictOf(label, { checks, facts, subjects: statement.subject, artifacts, standing });
}
/**
 * Who signed must be what the policy asks, read from the verified certificate, never from the predicate
 * alone.
 */
function provenanceChecks(outcome, facts, request) {
    const { policy } = request;
    const signer = outcome.signer;
    const identity = (0,core_policy/* checkCertificateIdentity */.Si)(signer, policy);
    if (signer === null)
        return [identity];
    return [
        identity,
        (0,core_policy/* checkCertificateAgainstPredicate */.OH)(signer, facts),
        (0,core_policy/* checkRunnerEnvironment */.m$)(signer, policy),
        (0,core_policy/* checkPredicateType */.zX)(facts, policy),
        (0,core_policy/* checkBuilder */.ub)(facts, signer, policy),
        (0,core_policy/* checkBuildLevel */.J6)(facts, signer, policy),
        (0,core_policy/* checkSourceRepository */.a5)(signer, policy),
        (0,core_policy/* checkRepositoryId */.Cz)(signer, policy),
        (0,core_policy/* checkSourceRef */.RP)(signer, policy),
        (0,core_policy/* checkRefPattern */.ud)(signer, policy),
        (0,core_policy/* checkSourceCommit */.$K)(facts, signer, policy),
    ];
}
/**
 * npm's publish attestation is the registry's own statement: its key, not a workflow, must have signed it.
 */
function publishChecks(outcome) {
    return [
        (0,core_policy/* compare */.UD)({
            name: 'certificate_identity',
            code: 'identity_mismatch',
            expected: 'signed by an npm registry key',
            actual: outcome.keyHint ?? 'a Fulcio certificate',
            ok: outcome.keyHint !== null,
        }),
    ];
}
/** The verdict on the attestation `label`, by this verifier. */
function verdictOf(label, input) {
    return (0,core_policy/* decideVerdict */.AU)({
        ...input,
        artifacts: [...input.artifacts],
        verifier: VERIFIER_NAME,
        attestation: label,
    });
}
async function toVerifiableBundle(attestation, request) {
    if (attestation.document.kind === 'bundle')
        return attestation.document.bundle;
    if (request.rekorUrl === null) {
        throw new errors/* GuardError */.U$('tlog_invalid', 'a legacy DSSE envelope carries no transparency-log entry and cannot be verified offline: use the Sigstore bundle (.sigstore.json or a v0.3 .intoto.jsonl), or pass --rekor-url to look the entry up');
    }
    return (0,sigstore/* bundleFromRekor */.kL)(attestation.document.envelope, request.rekorUrl);
}
function describeDocument({ document, statement }) {
    const container = document.kind === 'bundle' ? document.bundle.mediaType : 'legacy DSSE envelope';
    return `${container}; ${statement._type}; ${statement.predicateType}`;
}
function expectationFor(stage) {
    if (stage === 'bundle')
        return 'a readable Sigstore bundle or DSSE envelope with an in-toto statement';
    if (stage === 'subjects')
        return 'every artifact readable and attested';
    return 'a verifiable signature under a trusted root';
}

;// CONCATENATED MODULE: ./src/commands/verify/verify.ts









const defaultDependencies = {
    trustedRoots: (request) => (0,sigstore/* loadTrustedRoots */.Bu)(request.trust),
};
/**
 * A provenance file passes only if every attestation in it verifies (npm ships a publish attestation
 * beside the SLSA one; a tampered one rejects the file). Attestations looked up by digest
 * (`attestationMode: 'any'`) are candidates: the release passes if one SLSA attestation passes the
 * whole policy, so a decoy cannot turn a good release into a rejection. The verdict names which.
 */
async function verifyProvenance(request, deps = defaultDependencies) {
    let attestations;
    try {
        attestations = decodeAttestations(await readProvenance(request.provenancePath));
    }
    catch (error) {
        if (!(0,errors/* isGuardError */.QT)(error))
            throw error;
        return (0,core_policy/* rejectedBeforeVerification */.fc)((0,core_policy/* failed */.gz)('bundle', error.code, expectationFor('bundle'), error.message), VERIFIER_NAME);
    }
    const subjects = attestations.flatMap((a) => (a.ok ? a.statement.subject : []));
    // Hashing runs on worker threads while signatures are verified here.
    const hashing = startHashing(request, (0,core_policy/* chooseDigestAlgorithm */.L$)(subjects));
    let roots = null;
    const context = {
        request,
        roots: () => (roots ??= deps.trustedRoots(request)),
        digests: () => hashing.then((hashed) => (hashed.ok ? hashed.digests : Promise.reject(hashed.error))),
        total: attestations.length,
    };
    return request.attestationMode === 'any'
        ? firstPassing(attestations, context)
        : everyPassing(attestations, context);
}
async function everyPassing(attestations, context) {
    const verdicts = [];
    for (const attestation of attestations)
        verdicts.push(await verifyAttestation(attestation, context));
    const rejected = verdicts.find((verdict) => !passedEveryCheck(verdict));
    if (rejected)
        return rejected;
    const provenance = verdicts.find((verdict, i) => isSlsaProvenance(attestations[i]));
    if (!provenance) {
        return (0,core_policy/* rejectedBeforeVerification */.fc)((0,core_policy/* failed */.gz)('bundle', 'attestation_missing', 'a SLSA provenance attestation', 'the file holds no SLSA provenance'), VERIFIER_NAME);
    }
    return attestations.length > 1
        ? {
            ...provenance,
            attestation: `${provenance.attestation}; all ${attestations.length} attestations verified`,
        }
        : provenance;
}
async function firstPassing(attestations, context) {
    const candidates = attestations.filter(isSlsaProvenance);
    let firstRejection = null;
    for (const candidate of candidates) {
        const verdict = await verifyAttestation(candidate, context);
        if (verdict.verified)
            return verdict;
        firstRejection ??= verdict;
    }
    if (firstRejection === null) {
        return (0,core_policy/* rejectedBeforeVerification */.fc)((0,core_policy/* failed */.gz)('bundle', 'attestation_missing', 'a SLSA provenance attestation for the artifacts', `none among ${attestations.length} attestation(s)`), VERIFIER_NAME);
    }
    return {
        ...firstRejection,
        attestation: `none of ${candidates.length} SLSA attestation(s) passed; first rejection: ${firstRejection.attestation}`,
    };
}
function passedEveryCheck(verdict) {
    return (verdict.checks.every((check) => check.status !== 'failed') &&
        verdict.checks.some((check) => check.name === 'signature' && check.status === 'passed'));
}
/**
 * Starts hashing at once and settles without rejecting, so a failure surfaces at the subjects
 * check. Each artifact is hashed once per run: digests computed earlier are reused.
 */
function startHashing(request, algorithm) {
    if (request.artifactPaths.length === 0)
        return Promise.resolve({ ok: true, digests: [] });
    if (algorithm === null) {
        return Promise.resolve({
            ok: false,
            error: new errors/* GuardError */.U$('subject_mismatch', 'no subject carries a sha256 or sha512 digest to compare the artifacts with'),
        });
    }
    const usable = (digests) => !!digests &&
        digests.length === request.artifactPaths.length &&
        digests.every((d, i) => d.algorithm === algorithm && d.name === (0,external_node_path_.basename)(request.artifactPaths[i] ?? ''));
    const hash = () => (0,files_hash/* hashArtifacts */.A)(request.artifactPaths, algorithm).then((digests) => ({ ok: true, digests }), (error) => ({ ok: false, error }));
    if (usable(request.knownDigests))
        return Promise.resolve({ ok: true, digests: [...request.knownDigests] });
    if (request.earlyDigests)
        return request.earlyDigests.then((early) => (usable(early) ? { ok: true, digests: [...early] } : hash()));
    return hash();
}
/**
 * Provenance is a few kilobytes to a few megabytes; a larger file is refused before it is read into memory.
 */
const MAX_PROVENANCE_BYTES = 32 * 1024 * 1024;
async function readProvenance(path) {
    const size = await (0,promises_.stat)(path).then((stats) => stats.size, () => 0);
    if (size > MAX_PROVENANCE_BYTES) {
        throw new errors/* GuardError */.U$('provenance_malformed', `provenance ${path} is ${size} bytes, over the ${MAX_PROVENANCE_BYTES / 2 ** 20} MiB limit: not a provenance file`);
    }
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* GuardError */.U$('attestation_missing', `cannot read provenance ${path}: ${error.message}`, { cause: error });
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/core/manifest/index.ts + 13 modules
var manifest = __webpack_require__(9355);
;// CONCATENATED MODULE: ./src/commands/verify/inputs.ts





const inputs_text = schemas/* string */.YjP().trim().min(1, 'must not be empty');
const url = inputs_text.refine((value) => URL.canParse(value), 'must be an absolute URL');
/**
 * An identity pin is compared exactly: whitespace or a control character inside it is a mistake or an attack.
 */
const identity = schemas/* string */.YjP()
    .min(1, 'must not be empty')
    .refine(provenance/* isPlainIdentity */.BG, 'must not contain whitespace or control characters');
const identityUrl = identity.refine((value) => URL.canParse(value), 'must be an absolute URL');
const SLUG = /^[A-Za-z0-9_.-]+$/;
/**
 * The release policy and trust, shared by every entry point; each maps its own input names onto these fields.
 */
const PolicyInputsSchema = schemas/* object */.Ikc({
    expectedBuilderIds: schemas/* array */.YOg(identityUrl),
    expectedSourceRepo: identity
        .regex(/^(https:\/\/[^/]+\/)?[\w.-]+\/[\w.-]+$/, 'must be OWNER/NAME or its https URL')
        .nullable(),
    expectedOwner: identity.regex(SLUG, 'must be a GitHub owner name').nullable().default(null),
    githubServerUrl: identityUrl
        .regex(/^https:\/\/[^/]+\/?$/, 'must be https://HOST')
        .default(core_policy/* GITHUB_SERVER_URL */.m7),
    denySelfHostedRunners: schemas/* boolean */.zMY().default(false),
    tag: identity.regex(/^[^\s~^:?*[\\]+$/, 'is not a valid git tag name').nullable(),
    commit: inputs_text.regex(/^[0-9a-fA-F]{40}$/, 'must be a 40-hex-digit commit SHA').nullable(),
    expectedIssuer: identityUrl.default(core_policy/* GITHUB_ACTIONS_ISSUER */.qQ),
    expectedSan: identity.nullable(),
    expectedRepositoryId: inputs_text
        .regex(/^[1-9][0-9]*$/, 'must be a numeric repository ID')
        .nullable()
        .default(null),
    trust: schemas/* discriminatedUnion */.gMt('kind', [
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('tuf'), mirrorUrl: url.optional(), rootPath: inputs_text.optional() }),
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('file'), path: inputs_text }),
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('embedded') }),
    ]),
    rekorUrl: url.nullable(),
    requireAllSubjects: schemas/* boolean */.zMY(),
    override: schemas/* object */.Ikc({
        reason: inputs_text.max(500, 'must be at most 500 characters'),
        approver: inputs_text.max(100, 'must be at most 100 characters'),
        // Strict ISO 8601 with an offset: `2026-11-30 10:00` or `1` would be read in the machine's time zone,
        // or not at all.
        expiresAt: iso/* datetime */.w$({
            offset: true,
            message: 'must be an ISO 8601 date-time with an offset, e.g. 2026-12-01T12:00:00Z',
        }),
    })
        .nullable(),
});
/** The CLI's `verify`: policy plus the files to check. */
const VerifyInputsSchema = PolicyInputsSchema.extend({
    artifacts: schemas/* array */.YOg(inputs_text),
    provenance: inputs_text,
});
/** Parses with a schema; the error names the input the way the caller spells it (`--tag`, `tag`). */
function parseInputs(schema, raw, nameOf) {
    const parsed = schema.safeParse(raw);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    const detail = issue?.path.length && issue.path.length > 1 ? ` (${issue.path.slice(1).join('.')})` : '';
    throw new errors/* GuardError */.U$('input_invalid', `${nameOf(field)}${detail} ${issue?.message ?? 'is invalid'}`);
}
function toVerifyRequest(raw, nameOf, now) {
    const inputs = parseInputs(VerifyInputsSchema, raw, nameOf);
    return {
        ...toPolicyRequest(inputs, nameOf, now),
        artifactPaths: inputs.artifacts,
        provenancePath: inputs.provenance,
    };
}
function toPolicyRequest(raw, nameOf, now) {
    const inputs = parseInputs(PolicyInputsSchema, raw, nameOf);
    const override = inputs.override && { ...inputs.override, expiresAt: new Date(inputs.override.expiresAt) };
    // An already expired override is not a usage error: the verdict reports it as override_expired.
    const problem = override && override.expiresAt > now ? (0,manifest/* overrideWindowProblem */.AV)(now, override.expiresAt) : null;
    if (problem)
        throw new errors/* GuardError */.U$('input_invalid', `${nameOf('override')} ${problem}`);
    return {
        trust: inputs.trust,
        rekorUrl: inputs.rekorUrl,
        requireAllSubjects: inputs.requireAllSubjects,
        policy: {
            expectedBuilderIds: inputs.expectedBuilderIds,
            expectedSourceRepository: inputs.expectedSourceRepo,
            expectedOwner: inputs.expectedOwner,
            githubServerUrl: inputs.githubServerUrl.replace(/\/$/, ''),
            denySelfHostedRunners: inputs.denySelfHostedRunners,
            tag: inputs.tag,
            commit: inputs.commit?.toLowerCase() ?? null,
            expectedIssuer: inputs.expectedIssuer,
            expectedSan: inputs.expectedSan,
            expectedRepositoryId: inputs.expectedRepositoryId,
            override,
            now,
        },
    };
}

// EXTERNAL MODULE: ./src/core/policy-file/index.ts + 4 modules
var policy_file = __webpack_require__(5368);
// EXTERNAL MODULE: ./src/core/release/index.ts + 1 modules
var core_release = __webpack_require__(2251);
;// CONCATENATED MODULE: ./src/commands/verify/under-policy.ts








/**
 * The artifacts verified rule by rule of the policy file (each rule its own pins), then, for a release, the
 * release's state and assets = subjects. Without a policy file there is one rule: the request's policy.
 */
async function verifyUnderPolicy(run, deps = defaultDependencies) {
    const { request, policyFile, release } = run;
    if (policyFile === null && release === null)
        return verifyProvenance(request, deps);
    const assignment = (0,policy_file/* assignAssets */.Dd)(policyFile?.file ?? null, request.artifactPaths.map((path) => (0,external_node_path_.basename)(path)));
    const pathOf = new Map(request.artifactPaths.map((path) => [(0,external_node_path_.basename)(path), path]));
    const rules = policyFile?.file.artifacts ?? [];
    const policyFor = (index) => {
        const rule = rules[index];
        return rule ? (0,policy_file/* toRulePolicy */.KG)(request.policy, rule, run.explicit) : request.policy;
    };
    const subjectDigests = release ? await attestedDigests(request) : null;
    const groups = [...assignment.byRule.entries()];
    if (groups.length === 0)
        groups.push([0, []]);
    const verdicts = [];
    for (const [index, names] of groups) {
        let paths = names.map((name) => pathOf.get(name));
        let knownDigests = request.knownDigests?.filter((d) => names.includes(d.name));
        if (subjectDigests) {
            // Unattested assets are the release check's to name; the verifier sees the assets the subjects claim.
            knownDigests = subjectDigests.digests.filter((d) => names.includes(d.name) && subjectDigests.claimed.has(d.hex));
            paths = knownDigests.map((d) => pathOf.get(d.name));
        }
        const verdict = await verifyProvenance({
            ...request,
            policy: policyFor(index),
            artifactPaths: paths,
            knownDigests,
            requireAllSubjects: release ? false : request.requireAllSubjects,
        }, deps);
        if (!verdict.verified)
            return withRule(verdict, rules[index]?.match, policyFile);
        verdicts.push(verdict);
    }
    const extra = [];
    if (assignment.uncovered.length > 0) {
        extra.push((0,core_policy/* failed */.gz)(release ? 'release_assets' : 'subjects', release ? 'asset_unattested' : 'subject_mismatch', 'every artifact covered by a rule of the policy file', `no rule covers ${assignment.uncovered.join(', ')}`));
    }
    let releaseAssets = null;
    if (release && subjectDigests) {
        const exempt = new Set([...assignment.excluded, ...assignment.provenance]);
        const candidates = subjectDigests.digests.filter((d) => !exempt.has(d.name));
        extra.push((0,core_release/* checkReleaseState */.xY)(release.state, policyFile?.file.release.prerelease ?? 'auto', core_policy/* isSemverPrerelease */.Vz));
        extra.push((0,core_release/* checkReleaseAssets */.Xn)(candidates, verdicts.flatMap((v) => v.subjects), subjectDigests.algorithm, (name) => exempt.has(name) || (0,policy_file/* isProvenanceFile */.Wk)(name) || isExcludedByFile(run, name)));
        releaseAssets = await releaseRecords(release, candidates, subjectDigests.algorithm);
    }
    return mergeVerdicts(verdicts, extra, releaseAssets, policyFile);
}
function isExcludedByFile(run, name) {
    const assignment = (0,policy_file/* assignAssets */.Dd)(run.policyFile?.file ?? null, [name]);
    return assignment.excluded.length > 0;
}
/**
 * The digests of every release file in the algorithm the (still unverified) subjects carry, and which they
 * claim.
 */
async function attestedDigests(request) {
    const text = await (0,promises_.readFile)(request.provenancePath, 'utf8').catch(() => '');
    const subjects = (() => {
        try {
            return decodeAttestations(text).flatMap((a) => (a.ok ? a.statement.subject : []));
        }
        catch {
            return [];
        }
    })();
    const algorithm = (0,core_policy/* chooseDigestAlgorithm */.L$)(subjects) ?? 'sha256';
    const digests = await (0,files_hash/* hashArtifacts */.A)(request.artifactPaths, algorithm);
    const claimed = new Set(subjects.map((s) => s.digest[algorithm]?.toLowerCase()).filter((hex) => hex !== undefined));
    return { digests, claimed, algorithm };
}
async function releaseRecords(release, digests, algorithm) {
    const names = new Set(digests.map((d) => d.name));
    const assets = release.assets.filter((a) => names.has(a.name));
    const sha256 = algorithm === 'sha256'
        ? digests
        : await (0,files_hash/* hashArtifacts */.A)(assets.map((a) => a.path), 'sha256');
    return assets.map((asset) => ({
        name: asset.name,
        size: asset.size,
        sha256: sha256.find((d) => d.name === asset.name)?.hex ?? '',
    }));
}
function withRule(verdict, match, policyFile) {
    if (!policyFile || !match)
        return verdict;
    return {
        ...verdict,
        attestation: `${verdict.attestation ?? 'provenance'} (policy rule ${match.join(', ')})`,
    };
}
/**
 * One verdict for the release: every rule's checks, then the release checks; the lowest Build level stands.
 */
function mergeVerdicts(verdicts, extra, releaseAssets, policyFile) {
    const [first] = verdicts;
    const standings = verdicts.map((v) => v.provenance?.standing ?? null);
    const standing = standings.includes(null)
        ? null
        : standings.reduce((low, s) => (s && low && s.level < low.level ? s : low));
    return (0,core_policy/* decideVerdict */.AU)({
        checks: [...verdicts.flatMap((v) => v.checks), ...extra],
        facts: first.facts,
        subjects: [...new Map(verdicts.flatMap((v) => v.subjects).map((s) => [JSON.stringify(s), s])).values()],
        artifacts: verdicts.flatMap((v) => v.provenance?.artifacts ?? []),
        verifier: first.verifier,
        attestation: first.attestation,
        standing,
        releaseAssets,
        policySha256: policyFile?.sha256 ?? null,
    });
}

;// CONCATENATED MODULE: ./src/commands/verify/index.ts







/***/ }),

/***/ 5368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mk: () => (/* reexport */ MAX_POLICY_BYTES),
  Dd: () => (/* reexport */ assignAssets),
  yh: () => (/* reexport */ explainPolicy),
  Wk: () => (/* reexport */ isProvenanceFile),
  n$: () => (/* reexport */ loadPolicyFile),
  _6: () => (/* reexport */ parsePolicyFile),
  KG: () => (/* reexport */ toRulePolicy)
});

// UNUSED EXPORTS: DEFAULT_POLICY_PATH, POLICY_FILE_VERSION, PolicyFileSchema, PolicyRuleSchema, assertOverrideAllowed, effectivePolicyRows

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/core/policy/index.ts + 12 modules
var policy = __webpack_require__(5088);
// EXTERNAL MODULE: ./src/core/provenance/index.ts + 5 modules
var provenance = __webpack_require__(4145);
;// CONCATENATED MODULE: ./src/core/policy-file/schema.ts



const POLICY_FILE_VERSION = 1;
const DEFAULT_POLICY_PATH = '.github/provenance-policy.yml';
const plain = schemas/* string */.YjP().min(1).refine(provenance/* isPlainIdentity */.BG, 'must not contain whitespace or control characters');
const globs = schemas/* union */.KCZ([plain, schemas/* array */.YOg(plain).min(1)])
    .transform((value) => (typeof value === 'string' ? [value] : value));
const url = plain.refine((value) => URL.canParse(value), 'must be an absolute URL');
const SourceSchema = schemas/* union */.KCZ([
    schemas/* object */.Ikc({
        repository: plain
            .regex(/^(https:\/\/[^/]+\/)?[\w.-]+\/[\w.-]+$/, 'must be OWNER/NAME or its https URL')
            .describe('The repository the artifacts must be built from, as the signing certificate attests it (OID .12).'),
        'repository-id': plain
            .regex(/^[1-9][0-9]*$/, 'must be a numeric repository ID')
            .optional()
            .describe('Its numeric ID (OID .15), which survives renames and re-creation.'),
    })
        .strict(),
    schemas/* object */.Ikc({
        owner: plain
            .regex(/^[A-Za-z0-9_.-]+$/, 'must be a GitHub owner name')
            .describe('Any repository of this owner.'),
    })
        .strict(),
]);
const OverrideRulesSchema = schemas/* object */.Ikc({
    'allow-slsa-v0.2': schemas/* boolean */.zMY()
        .default(false)
        .describe('Whether a governance override may let SLSA v0.2 provenance pass.'),
    approvers: schemas/* array */.YOg(plain)
        .default([])
        .describe('Who may approve such an override; empty: anyone the workflow lets dispatch it.'),
    'max-days': schemas/* number */.aig()
        .int()
        .min(1)
        .max(7)
        .default(7)
        .describe('The longest an override may run, in days (at most 7).'),
})
    .strict();
const PolicyRuleSchema = schemas/* object */.Ikc({
    match: globs
        .default(['*'])
        .describe('Asset (artifact file) names this rule covers: globs, `*` within a name.'),
    exclude: schemas/* array */.YOg(plain)
        .default([])
        .describe('Names matched above that are not release artifacts (checksums, signatures): never verified.'),
    builders: schemas/* array */.YOg(schemas/* enum */.k5n(policy/* BUILDER_FAMILY_IDS */.Mn))
        .default([])
        .describe('Builder families of the builder registry the artifacts may come from; empty: any.'),
    'builder-ids': schemas/* array */.YOg(url)
        .default([])
        .describe('Exact builder IDs; one without `@` accepts any tagged version of that builder.'),
    source: SourceSchema.optional(),
    tags: plain
        .optional()
        .describe('Tags the release may be built from: `semver`, or a glob such as `v*`. Branches never match.'),
    runner: schemas/* enum */.k5n(['github-hosted', 'any'])
        .default('github-hosted')
        .describe('The runner environment the certificate must attest (OID .11).'),
    'slsa-level': schemas/* union */.KCZ([schemas/* literal */.euz(1), schemas/* literal */.euz(2), schemas/* literal */.euz(3)])
        .optional()
        .describe('The lowest SLSA Build level the builder must meet.'),
    override: OverrideRulesSchema.optional().describe('Governance-override rules; absent: no override is accepted under this rule.'),
})
    .strict();
const PolicyFileSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(POLICY_FILE_VERSION),
    release: schemas/* object */.Ikc({
        prerelease: schemas/* enum */.k5n(['auto', 'true', 'false', 'any'])
            .default('auto')
            .describe("The release's prerelease flag: `auto` = a SemVer prerelease tag (`-rc.1`) is a prerelease, any other is not."),
    })
        .strict()
        .default({ prerelease: 'auto' }),
    exclude: schemas/* array */.YOg(plain)
        .default([])
        .describe('Asset names never verified, for every rule. Provenance and bundle files are always excluded.'),
    artifacts: schemas/* array */.YOg(PolicyRuleSchema)
        .min(1)
        .describe('Rules in order; each asset takes the first rule whose `match` it matches.'),
})
    .strict();

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/errors/index.ts + 6 modules
var errors = __webpack_require__(9421);
;// CONCATENATED MODULE: ./src/core/policy-file/parse.ts




const MAX_POLICY_BYTES = 256 * 1024;
function parsePolicyFile(text, path) {
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
    if (Buffer.byteLength(text) > MAX_POLICY_BYTES)
        return { ok: false, problems: [{ at: '(file)', message: `larger than ${MAX_POLICY_BYTES} bytes` }] };
    let raw;
    try {
        // Aliases are refused: a reviewed file says what it means where it says it.
        raw = (0,dist/* parse */.qg)(text, { maxAliasCount: 0, uniqueKeys: true, prettyErrors: false });
    }
    catch (error) {
        const message = error instanceof dist/* YAMLError */.IP ? (error.message.split('\n')[0] ?? error.message) : String(error);
        return { ok: false, problems: [{ at: '(yaml)', message }] };
    }
    const parsed = PolicyFileSchema.safeParse(raw);
    if (!parsed.success)
        return {
            ok: false,
            problems: parsed.error.issues.map((issue) => ({
                at: issue.path.join('.') || '(root)',
                message: issue.message,
            })),
        };
    return { ok: true, policy: { path, sha256, file: parsed.data } };
}
/** The file, or an `input_invalid` error naming its first problem. */
function loadPolicyFile(text, path) {
    const parsed = parsePolicyFile(text, path);
    if (parsed.ok)
        return parsed.policy;
    const [first] = parsed.problems;
    throw new errors/* GuardError */.U$('input_invalid', `policy file ${path}: ${first?.at}: ${first?.message} (run provenance-guard policy lint ${path})`);
}

// EXTERNAL MODULE: ./src/core/report/plural.ts
var plural = __webpack_require__(9410);
;// CONCATENATED MODULE: ./src/core/policy-file/rules.ts



/** Provenance and bundles ride along with a release; they are what verifies it, never what is verified. */
const PROVENANCE_FILES = ['*.intoto.jsonl', '*.sigstore.json', '*.sigstore', '*.att'];
const matchesAny = (patterns, name) => patterns.some((pattern) => (0,policy/* globToRegExp */.tL)(pattern).test(name));
const isProvenanceFile = (name) => matchesAny(PROVENANCE_FILES, name);
/**
 * Each name takes the first rule whose `match` it matches; a rule's `exclude` and the file's `exclude` take
 * it out.
 */
function assignAssets(file, names) {
    const byRule = new Map();
    const provenance = [];
    const excluded = [];
    const uncovered = [];
    const rules = file?.artifacts ?? [null];
    for (const name of names) {
        if (isProvenanceFile(name)) {
            provenance.push(name);
            continue;
        }
        if (file && matchesAny(file.exclude, name)) {
            excluded.push(name);
            continue;
        }
        const index = rules.findIndex((rule) => rule === null || matchesAny(rule.match, name));
        const rule = rules[index];
        if (index < 0)
            uncovered.push(name);
        else if (rule && matchesAny(rule.exclude, name))
            excluded.push(name);
        else
            byRule.set(index, [...(byRule.get(index) ?? []), name]);
    }
    return { byRule, provenance, excluded, uncovered };
}
/**
 * One rule as a verification policy: the file's value for each field the inputs left alone. A rule that names
 * another source drops the repository ID the inputs defaulted to (it belongs to the other repository).
 */
function toRulePolicy(base, rule, explicit) {
    const keep = (field) => explicit.has(field);
    const source = rule.source;
    const sourceFromFile = source !== undefined && !keep('expectedSourceRepository') && !keep('expectedOwner');
    const pins = sourceFromFile ? sourcePinsOf(base, source) : base;
    return {
        ...base,
        expectedBuilderIds: keep('expectedBuilderIds') || rule['builder-ids'].length === 0
            ? base.expectedBuilderIds
            : rule['builder-ids'],
        expectedSourceRepository: pins.expectedSourceRepository,
        expectedOwner: pins.expectedOwner,
        expectedRepositoryId: keep('expectedRepositoryId')
            ? base.expectedRepositoryId
            : pins.expectedRepositoryId,
        denySelfHostedRunners: keep('denySelfHostedRunners')
            ? base.denySelfHostedRunners
            : rule.runner === 'github-hosted',
        expectedBuilderFamilies: rule.builders,
        requiredBuildLevel: rule['slsa-level'] ?? null,
        tagPattern: rule.tags ?? null,
        override: assertOverrideAllowed(rule, base.override, base.now),
    };
}
/** A rule's source as the policy pins it: a repository (with its ID) or an owner, never both. */
function sourcePinsOf(base, source) {
    if ('owner' in source)
        return { expectedSourceRepository: null, expectedOwner: source.owner, expectedRepositoryId: null };
    return {
        expectedSourceRepository: source.repository,
        expectedOwner: null,
        expectedRepositoryId: source['repository-id'] ?? sameRepositoryId(base, source.repository),
    };
}
/** The inputs' repository ID still holds when the rule names the same repository. */
function sameRepositoryId(base, repository) {
    return base.expectedSourceRepository?.toLowerCase() === repository.toLowerCase()
        ? base.expectedRepositoryId
        : null;
}
/** The governance-override rules are the reviewed file's: inputs cannot loosen them, only use them. */
function assertOverrideAllowed(rule, override, now) {
    if (override === null)
        return null;
    const rules = rule.override;
    if (!rules?.['allow-slsa-v0.2']) {
        throw new errors/* GuardError */.U$('input_invalid', `the policy file allows no governance override for ${rule.match.join(', ')} (override.allow-slsa-v0.2)`);
    }
    if (rules.approvers.length > 0 && !rules.approvers.includes(override.approver)) {
        throw new errors/* GuardError */.U$('input_invalid', `override approver ${override.approver} is not one of the policy's approvers (${rules.approvers.join(', ')})`);
    }
    const days = (override.expiresAt.getTime() - now.getTime()) / 86_400_000;
    if (days > rules['max-days']) {
        throw new errors/* GuardError */.U$('input_invalid', `the override runs ${(0,plural/* counted */.h)(Math.ceil(days), 'day')}; the policy allows at most ${rules['max-days']} (override.max-days)`);
    }
    return override;
}

;// CONCATENATED MODULE: ./src/core/policy-file/explain.ts


/** What each rule of a policy file asks, in words a reviewer checks against intent (`policy lint`). */
function explainPolicy(file) {
    const lines = [
        `release: ${describePrerelease(file.release.prerelease)}; drafts are never verified as published releases`,
        `always excluded: provenance and bundle files${file.exclude.length > 0 ? `, and ${file.exclude.join(', ')}` : ''}`,
        'every other asset must be a subject of a verified attestation, and every subject a published asset',
    ];
    file.artifacts.forEach((rule, i) => lines.push(`rule ${i + 1} (${rule.match.join(', ')}):`, ...explainRule(rule).map((line) => `  - ${line}`)));
    return lines;
}
function explainRule(rule) {
    const families = rule.builders.map((id) => `${id} (${policy/* BUILDER_FAMILIES */.$l[id].buildLevel})`);
    return [
        ...(rule.exclude.length > 0 ? [`not verified: ${rule.exclude.join(', ')}`] : []),
        families.length > 0
            ? `built by ${families.join('; ')}`
            : 'built by any builder the certificate vouches for',
        ...(rule['builder-ids'].length > 0
            ? [`builder ID exactly one of ${rule['builder-ids'].join(', ')}`]
            : []),
        explainSource(rule.source),
        rule.tags === undefined
            ? 'ref: any (pin one with tags: semver)'
            : `ref: tags only, ${rule.tags === 'semver' ? 'SemVer tags (vX.Y.Z[-pre])' : `matching ${rule.tags}`}`,
        rule.runner === 'github-hosted' ? 'runner: GitHub-hosted only' : 'runner: self-hosted allowed',
        rule['slsa-level'] === undefined
            ? 'SLSA Build level: any'
            : `SLSA Build level: L${rule['slsa-level']} or above`,
        rule.override?.['allow-slsa-v0.2']
            ? `override: SLSA v0.2 may pass for at most ${(0,plural/* counted */.h)(rule.override['max-days'], 'day')}${rule.override.approvers.length > 0 ? `, approved by ${rule.override.approvers.join(' or ')}` : ''}`
            : 'override: none accepted',
    ];
}
function explainSource(source) {
    if (source === undefined)
        return 'source: the inputs decide (validate: this repository)';
    if ('owner' in source)
        return `source: any repository of ${source.owner}, as the certificate attests it`;
    const id = source['repository-id'] ? ` (repository ID ${source['repository-id']})` : '';
    return `source: ${source.repository}${id}, as the certificate attests it`;
}
function describePrerelease(mode) {
    if (mode === 'auto')
        return 'a SemVer prerelease tag must be a prerelease, any other tag must not';
    if (mode === 'any')
        return 'the prerelease flag is not checked';
    return `the release must${mode === 'true' ? '' : ' not'} be a prerelease`;
}
/** The policy a rule resolved to, as rows (field, value) for the job summary and the CLI. */
function effectivePolicyRows(policy) {
    const or = (values, none) => values && values.length > 0 ? values.join(', ') : none;
    return [
        ['builder families', or(policy.expectedBuilderFamilies, 'any')],
        ['builder IDs', or(policy.expectedBuilderIds, 'any the certificate vouches for')],
        ['source repository', policy.expectedSourceRepository ?? '-'],
        ['owner', policy.expectedOwner ?? '-'],
        ['repository ID', policy.expectedRepositoryId ?? '-'],
        ['tag', policy.tag ?? '-'],
        ['tag pattern', policy.tagPattern ?? 'any'],
        ['runner', policy.denySelfHostedRunners ? 'GitHub-hosted only' : 'any'],
        ['SLSA Build level', policy.requiredBuildLevel ? `L${policy.requiredBuildLevel}+` : 'any'],
        ['SAN', policy.expectedSan ?? '-'],
        [
            'override',
            policy.override
                ? `v0.2 until ${policy.override.expiresAt.toISOString()} (${policy.override.approver})`
                : 'none',
        ],
    ];
}

;// CONCATENATED MODULE: ./src/core/policy-file/index.ts






/***/ }),

/***/ 5088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $l: () => (/* reexport */ BUILDER_FAMILIES),
  Mn: () => (/* reexport */ BUILDER_FAMILY_IDS),
  qQ: () => (/* reexport */ GITHUB_ACTIONS_ISSUER),
  m7: () => (/* reexport */ GITHUB_SERVER_URL),
  s5: () => (/* reexport */ builderStanding),
  J6: () => (/* reexport */ checkBuildLevel),
  ub: () => (/* reexport */ checkBuilder),
  OH: () => (/* reexport */ checkCertificateAgainstPredicate),
  Si: () => (/* reexport */ checkCertificateIdentity),
  zX: () => (/* reexport */ checkPredicateType),
  ud: () => (/* reexport */ checkRefPattern),
  Cz: () => (/* reexport */ checkRepositoryId),
  m$: () => (/* reexport */ checkRunnerEnvironment),
  $K: () => (/* reexport */ checkSourceCommit),
  RP: () => (/* reexport */ checkSourceRef),
  a5: () => (/* reexport */ checkSourceRepository),
  GX: () => (/* reexport */ checkSubjects),
  L$: () => (/* reexport */ chooseDigestAlgorithm),
  UD: () => (/* reexport */ compare),
  AU: () => (/* reexport */ decideVerdict),
  gz: () => (/* reexport */ failed),
  tL: () => (/* reexport */ globToRegExp),
  Vz: () => (/* reexport */ isSemverPrerelease),
  VI: () => (/* reexport */ isSourceRepositoryWorkflow),
  kN: () => (/* reexport */ isTagRef),
  BK: () => (/* reexport */ parseWorkflowUri),
  bF: () => (/* reexport */ passed),
  fc: () => (/* reexport */ rejectedBeforeVerification),
  oL: () => (/* reexport */ signingWorkflowOf)
});

// UNUSED EXPORTS: CHECK_NAMES, attestBuilder, describePin, isExpectedBuilder, isGitHubIssuer, matchesPin, matchesTagPattern, skipped, slsaBuildLevel, toSourcePins, workflowWithoutRef

;// CONCATENATED MODULE: ./src/core/policy/check.ts
const CHECK_NAMES = (/* unused pure expression or super */ null && ([
    'slsa_verifier',
    'bundle',
    'signature',
    'certificate_identity',
    'certificate_predicate',
    'runner_environment',
    'predicate_type',
    'builder_id',
    'build_level',
    'source_repository',
    'repository_id',
    'source_ref',
    'ref_pattern',
    'source_commit',
    'subjects',
    'release_state',
    'release_assets',
    'verifier',
    'policy',
    'verification_result',
    'time_verified',
]));
function passed(name, code, expected, actual) {
    return { name, status: 'passed', expected, actual, code };
}
function failed(name, code, expected, actual) {
    return { name, status: 'failed', expected, actual, code };
}
function skipped(name, code, why) {
    return { name, status: 'skipped', expected: why, actual: '-', code };
}
function compare({ name, code, expected, actual, ok }) {
    return (ok ? passed : failed)(name, code, expected, actual ?? '(absent)');
}

;// CONCATENATED MODULE: ./src/core/policy/policy.ts
const GITHUB_SERVER_URL = 'https://github.com';

// EXTERNAL MODULE: ./src/core/provenance/index.ts + 5 modules
var provenance = __webpack_require__(4145);
;// CONCATENATED MODULE: ./src/core/policy/signer.ts

const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** GitHub's issuer, or an Enterprise-specific one below it (`…/<enterprise>`). */
function isGitHubIssuer(issuer) {
    return issuer === GITHUB_ACTIONS_ISSUER || (issuer?.startsWith(`${GITHUB_ACTIONS_ISSUER}/`) ?? false);
}
/**
 * The Build Signer URI, or the SAN where an older certificate has no OID .9 (both name the signing workflow).
 */
function signingWorkflowOf(signer) {
    return signer.buildSignerUri ?? signer.subjectAlternativeName;
}
/**
 * The workflow is one of the repository the certificate says the build came from (OID .12), not a reusable
 * one from elsewhere.
 */
function isSourceRepositoryWorkflow(workflow, signer) {
    const source = signer.sourceRepositoryUri === null ? null : (0,provenance/* parseGitUri */.Y8)(signer.sourceRepositoryUri);
    return source !== null && (0,provenance/* sameLocation */.It)(source, workflow);
}

;// CONCATENATED MODULE: ./src/core/policy/workflow-uri.ts
const WORKFLOW_URI = /^https:\/\/([^/@\s]+)\/([^/@\s]+\/[^/@\s]+)\/(\.github\/workflows\/[^@\s]+)@(\S+)$/;
function parseWorkflowUri(uri) {
    const match = uri === null ? null : WORKFLOW_URI.exec(uri);
    if (!match?.[1] || !match[2] || !match[3] || !match[4])
        return null;
    return { host: match[1].toLowerCase(), repository: match[2], path: match[3], ref: match[4] };
}
/** The workflow without its ref: `https://host/o/r/.github/workflows/f.yml`. */
function workflowWithoutRef(workflow) {
    return `https://${workflow.host}/${workflow.repository}/${workflow.path}`;
}
/**
 * A tag ref with no `@` in it. Git allows `@` in workflow file names, so
 * `…/release.yml@refs/tags/x.yml@refs/heads/main` reads both as a tag and as a branch: such a ref never
 * counts as a tag.
 */
function isTagRef(ref) {
    return /^refs\/tags\/[^@\s]+$/.test(ref);
}

;// CONCATENATED MODULE: ./src/core/policy/identity.ts




/**
 * The certificate's issuer, exactly; its SAN exactly when the policy names one; a GitHub SAN must be a
 * workflow.
 */
function checkCertificateIdentity(signer, policy) {
    const expected = `issuer ${policy.expectedIssuer}${policy.expectedSan === null ? '' : `, SAN ${policy.expectedSan}`}`;
    if (signer === null)
        return failed('certificate_identity', 'identity_mismatch', `${expected} (a Fulcio certificate)`, 'signed by a bare public key');
    const actual = `issuer ${signer.issuer ?? '(none)'}, SAN ${signer.subjectAlternativeName ?? '(none)'}`;
    const ok = signer.issuer === policy.expectedIssuer &&
        (policy.expectedSan === null || signer.subjectAlternativeName === policy.expectedSan) &&
        (!isGitHubIssuer(signer.issuer) || parseWorkflowUri(signer.subjectAlternativeName) !== null);
    return compare({ name: 'certificate_identity', code: 'identity_mismatch', expected, actual, ok });
}
/** Certificate ↔ predicate: the Fulcio extensions must tell the same story as the signed predicate. */
function checkCertificateAgainstPredicate(signer, facts) {
    const predicateSource = facts.sourceRepository === null
        ? null
        : (0,provenance/* toRepositoryUrl */.HV)({ host: facts.sourceHost ?? 'github.com', repository: facts.sourceRepository });
    const pairs = [
        ['source repository', predicateSource, signer.sourceRepositoryUri, sameRepositoryUrl],
        ['source ref', facts.sourceRef, signer.sourceRepositoryRef, (a, b) => a === b],
        [
            'source commit',
            facts.sourceCommits[0] ?? null,
            signer.sourceRepositoryDigest,
            (a, b) => a.toLowerCase() === b.toLowerCase(),
        ],
        ['repository id', facts.repositoryId, signer.sourceRepositoryIdentifier, (a, b) => a === b],
        ['owner id', facts.repositoryOwnerId, signer.sourceRepositoryOwnerIdentifier, (a, b) => a === b],
    ];
    const github = isGitHubIssuer(signer.issuer);
    if (github && signer.sourceRepositoryUri === null) {
        return failed('certificate_predicate', 'identity_mismatch', 'a GitHub Actions certificate with its source extensions (OID .12–.14)', 'the certificate carries no source repository');
    }
    const comparable = pairs.filter(([, predicate, certificate]) => predicate !== null && certificate !== null);
    if (comparable.length === 0) {
        if (!github)
            return skipped('certificate_predicate', 'identity_mismatch', 'the certificate is not GitHub-issued: no source extensions to compare');
        return failed('certificate_predicate', 'identity_mismatch', 'a predicate naming its source repository', 'nothing to compare with the certificate');
    }
    const mismatch = comparable.find(([, predicate, certificate, same]) => !same(predicate, certificate));
    if (mismatch) {
        const [label, predicate, certificate] = mismatch;
        return failed('certificate_predicate', 'identity_mismatch', `${label} ${predicate} (predicate)`, `${label} ${certificate} (certificate)`);
    }
    const describe = (side) => comparable.map((pair) => `${pair[0]}=${pair[side]}`).join('; ');
    return passed('certificate_predicate', 'identity_mismatch', describe(1), describe(2));
}
function sameRepositoryUrl(a, b) {
    const left = (0,provenance/* parseGitUri */.Y8)(a);
    const right = (0,provenance/* parseGitUri */.Y8)(b);
    return left !== null && right !== null && (0,provenance/* sameLocation */.It)(left, right);
}
/**
 * Pins the repository by its numeric ID from the certificate, so a renamed or re-created repository cannot
 * pass.
 */
function checkRepositoryId(signer, policy) {
    if (policy.expectedRepositoryId === null)
        return skipped('repository_id', 'source_mismatch', 'no expected repository ID given');
    const actual = signer.sourceRepositoryIdentifier;
    return compare({
        name: 'repository_id',
        code: 'source_mismatch',
        expected: policy.expectedRepositoryId,
        actual,
        ok: actual === policy.expectedRepositoryId,
    });
}
/** Self-hosted runners are outside GitHub's isolation guarantees: refused unless the policy allows them. */
function checkRunnerEnvironment(signer, policy) {
    const actual = signer.runnerEnvironment ?? '(absent from the certificate)';
    if (!policy.denySelfHostedRunners)
        return skipped('runner_environment', 'identity_mismatch', `self-hosted runners allowed (certificate: ${actual})`);
    return compare({
        name: 'runner_environment',
        code: 'identity_mismatch',
        expected: 'github-hosted (certificate OID .11)',
        actual,
        ok: signer.runnerEnvironment === 'github-hosted',
    });
}

;// CONCATENATED MODULE: ./src/core/policy/builders.ts



const BUILDER_FAMILY_IDS = [
    'slsa-github-generator',
    'slsa-byob',
    'github-hosted-runner',
    'npm-cli-v0.2',
    'signing-workflow',
];
const GENERATOR = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/';
const GENERATOR_BUILDERS = [
    'generator_generic_slsa3.yml',
    'builder_go_slsa3.yml',
    'builder_container-based_slsa3.yml',
    'generator_container_slsa3.yml',
];
const DELEGATORS = ['delegator_generic_slsa3.yml', 'delegator_lowperms-generic_slsa3.yml'];
const HOSTED_RUNNER = 'https://github.com/actions/runner/';
const NPM_V02_RUNNER = 'https://github.com/actions/runner';
const NPM_V02_BUILDER = /^https:\/\/github\.com\/(?:npm\/cli@\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?|actions\/runner)$/;
const BUILDER_FAMILIES = {
    'slsa-github-generator': {
        id: 'slsa-github-generator',
        title: 'slsa-github-generator builders (generic, Go, container-based, container)',
        vouchedBy: "the Build Signer URI (OID .9): the generator's reusable workflow, pinned to a release tag, is the builder",
        buildLevel: "L3: the provenance is signed by the generator's reusable workflow in its own job, which the calling workflow's steps cannot reach (L1 on a self-hosted runner)",
    },
    'slsa-byob': {
        id: 'slsa-byob',
        title: 'slsa-github-generator BYOB builders (Maven, Gradle, Node.js, delegator callers)',
        vouchedBy: "the Build Signer URI (OID .9) is the generator's delegator workflow at a release tag, which writes the builder ID of the tool workflow that called it; a third-party tool workflow must be pinned",
        buildLevel: "L3: the delegator signs in a job of its own, isolated from the tool workflow's build steps (L1 on a self-hosted runner)",
    },
    'github-hosted-runner': {
        id: 'github-hosted-runner',
        title: 'npm CLI provenance and early GitHub attestations (`https://github.com/actions/runner/github-hosted`)',
        vouchedBy: 'the Runner Environment (OID .11) must say the same hosting',
        buildLevel: 'L2: a GitHub-hosted runner signs with a Sigstore certificate, but in the same job as the build, whose steps could forge it (L1 self-hosted)',
    },
    'npm-cli-v0.2': {
        id: 'npm-cli-v0.2',
        title: 'npm CLI SLSA v0.2 provenance (`https://github.com/npm/cli@X.Y.Z`, `https://github.com/actions/runner`)',
        vouchedBy: "`…/actions/runner` becomes `…/actions/runner/<OID .11>`; for `npm/cli@X.Y.Z` nothing beyond a GitHub Actions certificate of the source repository's own workflow (v0.2, so only under an override)",
        buildLevel: 'L1: the npm CLI wrote the builder ID itself, inside the build job, in a v0.2 predicate',
    },
    'signing-workflow': {
        id: 'signing-workflow',
        title: 'GitHub artifact attestations, publish-to-bcr and every other workflow',
        vouchedBy: 'the Build Signer URI (OID .9) must be the builder ID exactly (`${server}/${job_workflow_ref}`)',
        buildLevel: "L3 when a reusable workflow outside the source repository signed (the caller cannot change it), L2 when the repository's own workflow signed, L1 on a self-hosted runner",
    },
};
/**
 * The SLSA Build level a verified builder meets (SLSA v1.0 "Build track"): hosted (L2) needs GitHub's
 * runners, hardened (L3) needs the signing key out of reach of the build's own steps — a reusable workflow
 * the source repository does not control. A self-hosted runner is outside GitHub's isolation, so it is L1
 * whatever signed.
 */
function slsaBuildLevel(builder, runnerEnvironment) {
    if (runnerEnvironment !== 'github-hosted')
        return 1;
    switch (builder.family.id) {
        case 'slsa-github-generator':
        case 'slsa-byob':
            return 3;
        case 'github-hosted-runner':
            return 2;
        case 'npm-cli-v0.2':
            return 1;
        case 'signing-workflow':
            return builder.foreignSigner !== null ? 3 : 2;
    }
}
/** Which family the signer and the predicate belong to, and the builder ID the certificate vouches for. */
function attestBuilder(facts, signer) {
    const claimed = facts.builderId;
    const signing = signingWorkflowOf(signer);
    const workflow = parseWorkflowUri(signing);
    const family = familyOf(claimed, facts, workflow);
    const reject = (problem) => ({
        ok: false,
        family: BUILDER_FAMILIES[family],
        problem,
    });
    const accept = (builderId, pinRequired = false, foreignSigner = null) => ({
        ok: true,
        builder: {
            family: BUILDER_FAMILIES[family],
            builderId,
            pinRequired,
            foreignSigner,
            signerIsBuilder: builderId === signing,
        },
    });
    if (claimed === null)
        return reject('the predicate names no builder');
    if (signing === null || workflow === null)
        return reject(`the certificate names no signing workflow (SAN ${signer.subjectAlternativeName ?? 'absent'})`);
    switch (family) {
        case 'slsa-github-generator':
            if (!isTagRef(workflow.ref))
                return reject(`the generator must be called at a release tag, not ${workflow.ref}`);
            return claimed === signing
                ? accept(signing)
                : reject(`the predicate claims ${claimed}, the certificate was issued to ${signing}`);
        case 'slsa-byob':
            return attestDelegated(claimed, workflow, reject, accept);
        case 'github-hosted-runner': {
            if (signer.runnerEnvironment === null)
                return reject('the certificate does not attest the runner environment (OID .11)');
            const attested = `${HOSTED_RUNNER}${signer.runnerEnvironment}`;
            if (claimed !== attested)
                return reject(`the predicate claims ${claimed}, the certificate attests runner environment ${signer.runnerEnvironment}`);
            return accept(attested, false, foreignSignerOf(workflow, signer, signing));
        }
        case 'npm-cli-v0.2': {
            // npm's v0.2 `…/actions/runner` names the runner without its hosting: the certificate supplies it.
            if (claimed !== NPM_V02_RUNNER)
                return accept(claimed, false, foreignSignerOf(workflow, signer, signing));
            if (signer.runnerEnvironment === null)
                return reject('the certificate does not attest the runner environment (OID .11)');
            return accept(`${HOSTED_RUNNER}${signer.runnerEnvironment}`, false, foreignSignerOf(workflow, signer, signing));
        }
        case 'signing-workflow':
            if (claimed !== signing)
                return reject(`the predicate claims ${claimed}, the certificate was issued to ${signing}`);
            return accept(signing, false, foreignSignerOf(workflow, signer, signing));
    }
}
function familyOf(claimed, facts, signer) {
    const signerFile = signer && workflowWithoutRef(signer).startsWith(GENERATOR)
        ? signer.path.slice('.github/workflows/'.length)
        : null;
    if (signerFile !== null && GENERATOR_BUILDERS.includes(signerFile))
        return 'slsa-github-generator';
    if (signerFile !== null && DELEGATORS.includes(signerFile))
        return 'slsa-byob';
    if (claimed?.startsWith(HOSTED_RUNNER))
        return 'github-hosted-runner';
    if (facts.predicateType === provenance/* SLSA_V02 */.VK && claimed !== null && NPM_V02_BUILDER.test(claimed))
        return 'npm-cli-v0.2';
    return 'signing-workflow';
}
/**
 * The delegator vouches for the tool workflow that called it, whichever it is: the policy must pin a
 * third-party tool workflow. The generator's own (Maven, Gradle, Node.js) are trusted as its builders.
 */
function attestDelegated(claimed, delegator, reject, accept) {
    if (!isTagRef(delegator.ref))
        return reject(`the delegator must be called at a release tag, not ${delegator.ref}`);
    const tool = parseWorkflowUri(claimed);
    if (tool === null)
        return reject(`the delegated builder ID ${claimed} is not a workflow URI`);
    if (!isTagRef(tool.ref))
        return reject(`the delegated builder ${claimed} is not pinned to a release tag`);
    return accept(claimed, !workflowWithoutRef(tool).startsWith(GENERATOR));
}
/** A reusable workflow of another repository wrote the predicate: the policy must trust it by its SAN. */
function foreignSignerOf(workflow, signer, signing) {
    return isSourceRepositoryWorkflow(workflow, signer) ? null : signing;
}

;// CONCATENATED MODULE: ./src/core/policy/build-level.ts


/** Null when the certificate does not vouch for the builder (the builder check rejects that). */
function builderStanding(facts, signer) {
    const attestation = attestBuilder(facts, signer);
    if (!attestation.ok)
        return null;
    return {
        family: attestation.builder.family.id,
        level: slsaBuildLevel(attestation.builder, signer.runnerEnvironment),
    };
}
/** The builder's family is one the policy names, and it meets the policy's SLSA Build level. */
function checkBuildLevel(facts, signer, policy) {
    const families = policy.expectedBuilderFamilies ?? [];
    const level = policy.requiredBuildLevel ?? null;
    const expected = [
        families.length > 0 ? `a builder of ${families.join(' | ')}` : 'any builder family',
        level === null ? 'any SLSA Build level' : `SLSA Build L${level} or above`,
    ].join(', ');
    const standing = builderStanding(facts, signer);
    if (standing === null)
        return failed('build_level', 'builder_mismatch', expected, 'a builder the certificate does not vouch for');
    const actual = `${standing.family}, SLSA Build L${standing.level}`;
    if (families.length === 0 && level === null)
        return passed('build_level', 'builder_mismatch', expected, actual);
    const ok = (families.length === 0 || families.includes(standing.family)) &&
        (level === null || standing.level >= level);
    return compare({ name: 'build_level', code: 'builder_mismatch', expected, actual, ok });
}

;// CONCATENATED MODULE: ./src/core/policy/ref-pattern.ts

/** `vX.Y.Z` or `X.Y.Z`, with an optional SemVer prerelease and build part. */
const SEMVER_TAG = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
/** A tag name against the policy's pattern: `semver`, or a glob where `*` matches within one path segment. */
function matchesTagPattern(pattern, tag) {
    if (pattern === 'semver')
        return SEMVER_TAG.test(tag);
    return globToRegExp(pattern).test(tag);
}
/** `*` any run of characters but `/`, `**` any run, `?` one character; everything else literal. */
function globToRegExp(glob) {
    const source = glob.replace(/\*\*|[*?]|[.+^${}()|[\]\\]/g, (token) => {
        if (token === '**')
            return '.*';
        if (token === '*')
            return '[^/]*';
        if (token === '?')
            return '[^/]';
        return `\\${token}`;
    });
    return new RegExp(`^${source}$`);
}
function isSemverPrerelease(tag) {
    return SEMVER_TAG.test(tag) && /^[^+]*-/.test(tag);
}
/**
 * Releases come from tags only, and only tags the policy's pattern allows (the certificate's ref, OID .14).
 */
function checkRefPattern(signer, policy) {
    const pattern = policy.tagPattern ?? null;
    if (pattern === null)
        return skipped('ref_pattern', 'tag_mismatch', 'no tag pattern given');
    const expected = `refs/tags/<${pattern === 'semver' ? 'a SemVer tag' : pattern}>`;
    const ref = signer.sourceRepositoryRef;
    const tag = ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : null;
    return compare({
        name: 'ref_pattern',
        code: 'tag_mismatch',
        expected,
        actual: ref ?? '(absent from the certificate)',
        ok: tag !== null && matchesTagPattern(pattern, tag),
    });
}

;// CONCATENATED MODULE: ./src/core/policy/source-pin.ts


/** `OWNER/NAME` lives on the policy's GitHub server; an https URL names its own host. */
function toSourcePins(policy) {
    const serverHost = new URL(policy.githubServerUrl).host.toLowerCase();
    const pins = [];
    if (policy.expectedSourceRepository !== null) {
        const value = policy.expectedSourceRepository;
        const parsed = (0,provenance/* parseGitUri */.Y8)(value);
        const [owner = '', name = ''] = (parsed?.repository ?? value).split('/');
        pins.push({ host: parsed?.host ?? serverHost, owner, name: name.replace(/\.git$/, '') });
    }
    if (policy.expectedOwner !== null)
        pins.push({ host: serverHost, owner: policy.expectedOwner, name: null });
    // A SAN alone pins the signer, not the source: anyone may call a reusable workflow. With no source pin,
    // the source must be the signing workflow's own repository.
    const signer = pins.length === 0 ? parseWorkflowUri(policy.expectedSan) : null;
    if (signer !== null) {
        const [owner = '', name = ''] = signer.repository.split('/');
        pins.push({ host: signer.host, owner, name });
    }
    return pins;
}
function matchesPin(pin, location) {
    const [owner = '', name = ''] = location.repository.split('/');
    return (pin.host === location.host.toLowerCase() &&
        pin.owner.toLowerCase() === owner.toLowerCase() &&
        (pin.name === null || pin.name.toLowerCase() === name.toLowerCase()));
}
function describePin(pin) {
    return pin.name === null
        ? `https://${pin.host}/${pin.owner}/*`
        : (0,provenance/* toRepositoryUrl */.HV)({ host: pin.host, repository: `${pin.owner}/${pin.name}` });
}

;// CONCATENATED MODULE: ./src/core/policy/predicate-checks.ts





function checkPredicateType(facts, policy) {
    const actual = facts.predicateType;
    if (actual === provenance/* SLSA_V1 */.ck)
        return passed('predicate_type', 'predicate_mismatch', provenance/* SLSA_V1 */.ck, actual);
    const override = policy.override;
    if (actual !== provenance/* SLSA_V02 */.VK || override === null) {
        return failed('predicate_type', 'predicate_mismatch', provenance/* SLSA_V1 */.ck, actual);
    }
    if (override.expiresAt.getTime() <= policy.now.getTime()) {
        return failed('predicate_type', 'override_expired', `${provenance/* SLSA_V1 */.ck}, or ${provenance/* SLSA_V02 */.VK} under a live override`, `${actual} under an override that expired at ${override.expiresAt.toISOString()}`);
    }
    return passed('predicate_type', 'predicate_mismatch', `${provenance/* SLSA_V1 */.ck}, or ${provenance/* SLSA_V02 */.VK} under a live override`, `${actual} (override by ${override.approver} until ${override.expiresAt.toISOString()}: ${override.reason})`);
}
/** Exact match; an expected ID without `@` accepts any tagged version of that builder (a tag without `@`). */
function isExpectedBuilder(expected, actual) {
    if (actual === expected)
        return true;
    return (!expected.includes('@') &&
        actual.startsWith(`${expected}@`) &&
        isTagRef(actual.slice(expected.length + 1)));
}
/**
 * The builder ID the certificate vouches for (per builder family) against the policy. A predicate whose
 * claim the certificate does not back is `identity_mismatch`, whatever the policy says.
 */
function checkBuilder(facts, signer, policy) {
    const attestation = attestBuilder(facts, signer);
    const expected = policy.expectedBuilderIds.length > 0
        ? policy.expectedBuilderIds.join(' | ')
        : 'a builder the certificate vouches for';
    if (!attestation.ok) {
        return failed('builder_id', 'identity_mismatch', expected, `${attestation.problem} (${attestation.family.title})`);
    }
    const { builder } = attestation;
    const actual = `${builder.builderId} (${builder.family.id})`;
    // A reusable workflow of another repository wrote the predicate: trust it by its SAN, or by a builder pin
    // where the family makes the signer the builder.
    const signerPinned = policy.expectedSan !== null || (builder.signerIsBuilder && policy.expectedBuilderIds.length > 0);
    if (builder.foreignSigner !== null && !signerPinned) {
        return failed('builder_id', 'identity_mismatch', expected, `${actual} signed by ${builder.foreignSigner}, a reusable workflow outside the source repository: trust it with expected-san (--expected-san ${builder.foreignSigner})${builder.signerIsBuilder ? ' or pin it as the builder' : ''}`);
    }
    if (policy.expectedBuilderIds.length === 0) {
        if (!builder.pinRequired)
            return passed('builder_id', 'builder_mismatch', expected, actual);
        return failed('builder_id', 'builder_mismatch', 'an expected builder ID: the delegator vouches for any tool workflow that calls it', actual);
    }
    const ok = policy.expectedBuilderIds.some((id) => isExpectedBuilder(id, builder.builderId));
    return compare({ name: 'builder_id', code: 'builder_mismatch', expected, actual, ok });
}
/** Repository and owner pins, against the certificate's Source Repository URI (OID .12) with its host. */
function checkSourceRepository(signer, policy) {
    const pins = toSourcePins(policy);
    if (pins.length === 0)
        return skipped('source_repository', 'source_mismatch', 'no expected source repository or owner given');
    const expected = pins.map(describePin).join(' and ');
    const attested = signer.sourceRepositoryUri === null ? null : (0,provenance/* parseGitUri */.Y8)(signer.sourceRepositoryUri);
    const actual = attested === null
        ? `${signer.sourceRepositoryUri ?? '(absent)'} (certificate OID .12)`
        : signer.sourceRepositoryUri;
    return compare({
        name: 'source_repository',
        code: 'source_mismatch',
        expected,
        actual,
        ok: attested !== null && pins.every((pin) => matchesPin(pin, attested)),
    });
}
/**
 * The tag, against the certificate's Source Repository Ref (OID .14); the predicate must agree
 * (certificate_predicate).
 */
function checkSourceRef(signer, policy) {
    if (policy.tag === null)
        return skipped('source_ref', 'tag_mismatch', 'no tag given');
    const expected = `refs/tags/${policy.tag.replace(/^refs\/tags\//, '')}`;
    const actual = signer.sourceRepositoryRef;
    return compare({
        name: 'source_ref',
        code: 'tag_mismatch',
        expected,
        actual: actual === null ? '(absent from the certificate)' : actual,
        ok: actual === expected,
    });
}
/**
 * The release commit: the certificate's source digest (OID .13) and every commit the predicate names for the
 * source.
 */
function checkSourceCommit(facts, signer, policy) {
    if (policy.commit === null)
        return skipped('source_commit', 'materials_mismatch', 'no release commit given');
    const expected = policy.commit.toLowerCase();
    const commits = facts.sourceCommits.map((c) => c.toLowerCase());
    const certified = signer.sourceRepositoryDigest?.toLowerCase() ?? null;
    const ok = commits.length > 0 &&
        commits.every((c) => c === expected) &&
        (certified === null || certified === expected);
    const named = commits.length > 0 ? commits.join(', ') : '(the predicate names no commit)';
    return compare({
        name: 'source_commit',
        code: 'materials_mismatch',
        expected,
        actual: certified !== null && certified !== expected ? `${named}; certificate ${certified}` : named,
        ok,
    });
}

;// CONCATENATED MODULE: ./src/core/policy/subjects.ts

/** sha256 when any subject carries it (GitHub, slsa-github-generator), else sha512 (npm). */
function chooseDigestAlgorithm(subjects) {
    if (subjects.some((s) => s.digest.sha256 !== undefined))
        return 'sha256';
    if (subjects.some((s) => s.digest.sha512 !== undefined))
        return 'sha512';
    return null;
}
/** Every artifact must be a subject; with `requireAll`, every subject must also be an artifact. */
function checkSubjects(subjects, artifacts, requireAll = false) {
    if (artifacts.length === 0)
        return skipped('subjects', 'subject_mismatch', 'no artifact given');
    const describe = (list) => list.map((a) => `${a.name} ${a.hex.slice(0, 16)}…`).join(', ');
    const algorithm = artifacts[0]?.algorithm ?? 'sha256';
    const subjectDigests = subjects
        .map((s) => ({ name: s.name, hex: s.digest[algorithm] }))
        .filter((s) => s.hex !== undefined);
    const known = new Set(subjectDigests.map((s) => s.hex.toLowerCase()));
    const unattested = artifacts.filter((a) => !known.has(a.hex.toLowerCase()));
    const produced = new Set(artifacts.map((a) => a.hex.toLowerCase()));
    const missing = requireAll ? subjectDigests.filter((s) => !produced.has(s.hex.toLowerCase())) : [];
    const expected = `${algorithm} of each artifact among: ${describe(subjectDigests) || '(no subject has one)'}`;
    if (unattested.length === 0 && missing.length === 0) {
        return passed('subjects', 'subject_mismatch', expected, describe(artifacts));
    }
    const problems = [
        unattested.length > 0 ? `not attested: ${describe(unattested)}` : '',
        missing.length > 0 ? `attested but not released: ${describe(missing)}` : '',
    ].filter(Boolean);
    return failed('subjects', 'subject_mismatch', expected, problems.join('; '));
}

;// CONCATENATED MODULE: ./src/core/policy/verdict.ts
/** The verdict is the first failing check in order; any failure means no VerifiedProvenance. */
function decideVerdict(input) {
    const firstFailure = input.checks.find((c) => c.status === 'failed');
    const cryptoPassed = input.checks.some((c) => c.name === 'signature' && c.status === 'passed');
    const ok = firstFailure === undefined && cryptoPassed && input.facts !== null && input.facts.builderId !== null;
    const base = {
        checks: input.checks,
        facts: input.facts,
        subjects: input.subjects,
        verifier: input.verifier,
        attestation: input.attestation ?? null,
    };
    if (!ok || input.facts === null || input.facts.builderId === null) {
        return {
            ...base,
            verified: false,
            failureReason: firstFailure?.code ?? 'attestation_missing',
            provenance: null,
        };
    }
    const provenance = {
        predicateType: input.facts.predicateType,
        builderId: input.facts.builderId,
        sourceRepository: input.facts.sourceRepository,
        sourceRef: input.facts.sourceRef,
        sourceCommit: input.facts.sourceCommits[0] ?? null,
        subjects: input.subjects,
        artifacts: input.artifacts,
        verifier: input.verifier,
        standing: input.standing ?? null,
        releaseAssets: input.releaseAssets ?? null,
        policySha256: input.policySha256 ?? null,
    };
    return { ...base, verified: true, failureReason: null, provenance };
}
/** A verdict for a run that failed before there was provenance to check (download, lookup, inputs). */
function rejectedBeforeVerification(check, verifier) {
    return decideVerdict({ checks: [check], facts: null, subjects: [], artifacts: [], verifier });
}

;// CONCATENATED MODULE: ./src/core/policy/index.ts














/***/ }),

/***/ 4145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VK: () => (/* reexport */ SLSA_V02),
  ck: () => (/* reexport */ SLSA_V1),
  r8: () => (/* reexport */ assertPlainIdentity),
  Gc: () => (/* reexport */ decodeStatement),
  BG: () => (/* reexport */ isPlainIdentity),
  Y8: () => (/* reexport */ parseGitUri),
  x2: () => (/* reexport */ parseProvenanceCandidates),
  It: () => (/* reexport */ sameLocation),
  IZ: () => (/* reexport */ toPredicateFacts),
  y1: () => (/* reexport */ toProvenanceDocument),
  HV: () => (/* reexport */ toRepositoryUrl)
});

// UNUSED EXPORTS: BundleJsonSchema, DsseEnvelopeSchema, IN_TOTO_PAYLOAD_TYPE, LegacyEnvelopeSchema, StatementSchema, parseProvenanceDocuments, toRepositorySlug

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/core/errors/index.ts + 6 modules
var errors = __webpack_require__(9421);
;// CONCATENATED MODULE: ./src/core/provenance/document.ts


/** A DSSE envelope as it appears inside a Sigstore bundle or on its own. */
const DsseEnvelopeSchema = schemas/* object */.Ikc({
    payload: schemas/* string */.YjP().min(1),
    payloadType: schemas/* string */.YjP().min(1),
    signatures: schemas/* array */.YOg(schemas/* object */.Ikc({ sig: schemas/* string */.YjP().min(1), keyid: schemas/* string */.YjP().optional() }).loose()).min(1),
});
/** slsa-github-generator's pre-bundle output: the Fulcio leaf travels inside the signature. */
const LegacyEnvelopeSchema = schemas/* object */.Ikc({
    payload: schemas/* string */.YjP().min(1),
    payloadType: schemas/* string */.YjP().min(1),
    signatures: schemas/* array */.YOg(schemas/* object */.Ikc({ sig: schemas/* string */.YjP().min(1), keyid: schemas/* string */.YjP().optional(), cert: schemas/* string */.YjP().min(1) }))
        .min(1),
});
const BundleJsonSchema = schemas/* object */.Ikc({
    mediaType: schemas/* string */.YjP().startsWith('application/vnd.dev.sigstore.bundle'),
    verificationMaterial: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
    dsseEnvelope: DsseEnvelopeSchema,
})
    .loose();
const AttestationListSchema = schemas/* object */.Ikc({
    attestations: schemas/* array */.YOg(schemas/* object */.Ikc({ bundle: schemas/* unknown */.L5J() }).loose()),
});
/**
 * Reads every provenance candidate from a file's text: a bundle (JSON or one JSON line), a JSONL
 * file of bundles or envelopes, or a registry/API response `{attestations: [{bundle}]}`.
 */
function parseProvenanceDocuments(text) {
    return parseProvenanceCandidates(text).map(toProvenanceDocument);
}
/** Each candidate of a file, not yet read as a document: one bad candidate need not sink the others. */
function parseProvenanceCandidates(text) {
    const values = parseJsonValues(text);
    const candidates = values.flatMap((value) => {
        const list = AttestationListSchema.safeParse(value);
        return list.success ? list.data.attestations.map((entry) => entry.bundle) : [value];
    });
    if (candidates.length === 0) {
        throw new errors/* GuardError */.U$('attestation_missing', 'the provenance file holds no attestation');
    }
    return candidates;
}
function parseJsonValues(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw new errors/* GuardError */.U$('provenance_malformed', 'the provenance file is empty');
    try {
        return [JSON.parse(trimmed)];
    }
    catch {
        // Line numbers count every line of the file, blank ones too, so that they point at the bad line.
        return text
            .split('\n')
            .map((line, index) => ({ line, number: index + 1 }))
            .filter(({ line }) => line.trim() !== '')
            .map(({ line, number }) => {
            try {
                return JSON.parse(line);
            }
            catch {
                throw new errors/* GuardError */.U$('provenance_malformed', `the provenance is not JSON (line ${number} does not parse)`);
            }
        });
    }
}
function toProvenanceDocument(value) {
    const bundle = BundleJsonSchema.safeParse(value);
    if (bundle.success)
        return { kind: 'bundle', bundle: bundle.data, envelope: bundle.data.dsseEnvelope };
    const legacy = LegacyEnvelopeSchema.safeParse(value);
    if (legacy.success)
        return { kind: 'legacy-envelope', envelope: legacy.data };
    const isObject = typeof value === 'object' && value !== null;
    if (isObject && 'mediaType' in value) {
        throw new errors/* GuardError */.U$('provenance_malformed', `not a Sigstore bundle: ${describeFirst(bundle.error.issues, value)}`);
    }
    if (isObject && ('payload' in value || 'signatures' in value)) {
        throw new errors/* GuardError */.U$('provenance_malformed', `not a DSSE envelope: ${describeFirst(legacy.error.issues, value)}`);
    }
    throw new errors/* GuardError */.U$('provenance_malformed', 'not a Sigstore bundle (mediaType, verificationMaterial, dsseEnvelope) nor a DSSE envelope (payload, payloadType, signatures)');
}
function describeFirst(issues, value) {
    return issues[0] ? (0,errors/* describeIssue */.n6)(issues[0], value) : 'it does not have the expected shape';
}

;// CONCATENATED MODULE: ./src/core/provenance/statement.ts


const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v0.1', 'https://in-toto.io/Statement/v1'];
const HEX = /^[0-9a-f]+$/;
const DIGEST_LENGTHS = { sha256: 64, sha512: 128, sha1: 40, gitCommit: 40 };
const DigestSetSchema = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).superRefine((digests, ctx) => {
    for (const [algorithm, value] of Object.entries(digests)) {
        const length = DIGEST_LENGTHS[algorithm];
        if (length !== undefined && (value.length !== length || !HEX.test(value))) {
            ctx.addIssue({
                code: 'custom',
                message: `${algorithm} digest is not ${length} lowercase hex characters`,
            });
        }
    }
});
const SubjectSchema = schemas/* object */.Ikc({ name: schemas/* string */.YjP(), digest: DigestSetSchema });
const StatementSchema = schemas/* object */.Ikc({
    _type: schemas/* enum */.k5n(STATEMENT_TYPES),
    subject: schemas/* array */.YOg(SubjectSchema).min(1, 'an in-toto statement needs at least one subject'),
    predicateType: schemas/* string */.YjP().min(1),
    predicate: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
});
/** Decodes the DSSE payload into an in-toto Statement; anything else is `provenance_malformed`. */
function decodeStatement(envelope) {
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw new errors/* GuardError */.U$('provenance_malformed', `DSSE payloadType is ${envelope.payloadType}, expected ${IN_TOTO_PAYLOAD_TYPE}`);
    }
    let json;
    try {
        json = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    }
    catch {
        throw new errors/* GuardError */.U$('provenance_malformed', 'the DSSE payload is not base64-encoded JSON');
    }
    const parsed = StatementSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
        throw new errors/* GuardError */.U$('provenance_malformed', `the in-toto statement is invalid${where}: ${issue?.message ?? 'unknown'}`);
    }
    return parsed.data;
}

;// CONCATENATED MODULE: ./src/core/provenance/identity-text.ts

// Whitespace, control and invisible format characters (zero-width, bidi overrides): none belongs in an
// identity, and each is a way to make two different identities print alike.
const UNSAFE = /[\s\p{Cc}\p{Cf}]/u;
/** True for a non-empty identity value (URI, ref, builder ID) without whitespace or control characters. */
function isPlainIdentity(value) {
    return value.length > 0 && !UNSAFE.test(value);
}
/** Refuses an identity value read from a bundle that carries whitespace or control characters. */
function assertPlainIdentity(value, what) {
    if (value !== null && !isPlainIdentity(value)) {
        throw new errors/* GuardError */.U$('provenance_malformed', `${what} carries whitespace or control characters: ${JSON.stringify(value)}`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/core/provenance/source-uri.ts
const GIT_URI = /^(?:git\+)?https:\/\/([^/@\s]+)\/([^/@\s]+)\/([^/@\s]+?)(?:\.git)?(?:@(\S+))?$/;
/** Parses `git+https://github.com/o/r@refs/tags/v1` (and the plain https form) into host, repo and ref. */
function parseGitUri(uri) {
    const match = GIT_URI.exec(uri);
    if (!match)
        return null;
    const [, host, owner, name, ref] = match;
    if (!host || !owner || !name)
        return null;
    return { host: host.toLowerCase(), repository: `${owner}/${name}`, ref: ref ?? null };
}
/** `https://github.com/o/r` → `o/r`; an `o/r` string passes through. */
function toRepositorySlug(value) {
    const parsed = parseGitUri(value);
    return parsed ? parsed.repository : value.replace(/^\/+|\/+$/g, '');
}
/** The canonical `https://host/owner/name` of a location, for messages and comparisons. */
function toRepositoryUrl(location) {
    return `https://${location.host}/${location.repository}`;
}
/** Same host and same `owner/name`, both compared case-insensitively as GitHub does. */
function sameLocation(a, b) {
    return (a.host.toLowerCase() === b.host.toLowerCase() && a.repository.toLowerCase() === b.repository.toLowerCase());
}

;// CONCATENATED MODULE: ./src/core/provenance/slsa.ts




const SLSA_V1 = 'https://slsa.dev/provenance/v1';
const SLSA_V02 = 'https://slsa.dev/provenance/v0.2';
const Material = schemas/* object */.Ikc({ uri: schemas/* string */.YjP().optional(), digest: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional() })
    .loose();
const V1Predicate = schemas/* object */.Ikc({
    buildDefinition: schemas/* object */.Ikc({
        buildType: schemas/* string */.YjP(),
        externalParameters: schemas/* object */.Ikc({
            workflow: schemas/* object */.Ikc({ repository: schemas/* string */.YjP(), ref: schemas/* string */.YjP(), path: schemas/* string */.YjP() })
                .loose()
                .optional(),
        })
            .loose(),
        internalParameters: schemas/* object */.Ikc({
            github: schemas/* object */.Ikc({ repository_id: schemas/* string */.YjP().optional(), repository_owner_id: schemas/* string */.YjP().optional() })
                .loose()
                .optional(),
        })
            .loose()
            .optional(),
        resolvedDependencies: schemas/* array */.YOg(Material).optional(),
    })
        .loose(),
    runDetails: schemas/* object */.Ikc({ builder: schemas/* object */.Ikc({ id: schemas/* string */.YjP() }).loose() }).loose(),
})
    .loose();
const V02Predicate = schemas/* object */.Ikc({
    builder: schemas/* object */.Ikc({ id: schemas/* string */.YjP() }).loose(),
    buildType: schemas/* string */.YjP().optional(),
    invocation: schemas/* object */.Ikc({
        configSource: schemas/* object */.Ikc({
            uri: schemas/* string */.YjP().optional(),
            digest: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
            entryPoint: schemas/* string */.YjP().optional(),
        })
            .loose()
            .optional(),
        environment: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
    })
        .loose()
        .optional(),
    materials: schemas/* array */.YOg(Material).optional(),
})
    .loose();
/** Reads v1 or v0.2 predicates; other predicate types carry no facts beyond their type. */
function toPredicateFacts(statement) {
    if (statement.predicateType === SLSA_V1)
        return assertPlainFacts(fromV1(statement.predicate));
    if (statement.predicateType === SLSA_V02)
        return assertPlainFacts(fromV02(statement.predicate));
    return { ...EMPTY_FACTS, predicateType: statement.predicateType };
}
/** Identity values with a newline or an invisible character could pass a comparison that looks exact. */
function assertPlainFacts(facts) {
    assertPlainIdentity(facts.builderId, "the predicate's builder.id");
    assertPlainIdentity(facts.sourceRepository, "the predicate's source repository");
    assertPlainIdentity(facts.sourceRef, "the predicate's source ref");
    if (facts.workflow) {
        assertPlainIdentity(facts.workflow.path, "the predicate's workflow path");
        assertPlainIdentity(facts.workflow.ref, "the predicate's workflow ref");
    }
    return facts;
}
const EMPTY_FACTS = {
    predicateType: '',
    buildType: null,
    builderId: null,
    sourceRepository: null,
    sourceHost: null,
    sourceRef: null,
    sourceCommits: [],
    workflow: null,
    repositoryId: null,
    repositoryOwnerId: null,
};
function parsePredicate(schema, predicate, version) {
    const parsed = schema.safeParse(predicate);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    throw new errors/* GuardError */.U$('provenance_malformed', `SLSA ${version} predicate is invalid at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
}
function fromV1(predicate) {
    const { buildDefinition, runDetails } = parsePredicate(V1Predicate, predicate, 'v1');
    const workflow = buildDefinition.externalParameters.workflow;
    const dependencies = buildDefinition.resolvedDependencies ?? [];
    const firstSource = dependencies.map((d) => (d.uri ? parseGitUri(d.uri) : null)).find((d) => d !== null) ?? null;
    const workflowSource = workflow ? parseGitUri(workflow.repository) : null;
    const repository = workflow ? toRepositorySlug(workflow.repository) : (firstSource?.repository ?? null);
    const github = buildDefinition.internalParameters?.github;
    return {
        predicateType: SLSA_V1,
        buildType: buildDefinition.buildType,
        builderId: runDetails.builder.id,
        sourceRepository: repository,
        sourceHost: (workflow ? workflowSource?.host : firstSource?.host) ?? null,
        sourceRef: workflow?.ref ?? firstSource?.ref ?? null,
        sourceCommits: commitsFor(repository, dependencies, 'gitCommit'),
        workflow: workflow && repository ? { repository, path: workflow.path, ref: workflow.ref } : null,
        repositoryId: github?.repository_id ?? null,
        repositoryOwnerId: github?.repository_owner_id ?? null,
    };
}
function fromV02(predicate) {
    const { builder, buildType, invocation, materials } = parsePredicate(V02Predicate, predicate, 'v0.2');
    const config = invocation?.configSource;
    const source = config?.uri ? parseGitUri(config.uri) : null;
    const environment = invocation?.environment ?? {};
    const repository = source?.repository ?? null;
    const configMaterial = config?.uri ? [{ uri: config.uri, digest: config.digest }] : [];
    return {
        predicateType: SLSA_V02,
        buildType: buildType ?? null,
        builderId: builder.id,
        sourceRepository: repository,
        sourceHost: source?.host ?? null,
        sourceRef: source?.ref ?? stringOrNull(environment.GITHUB_REF),
        sourceCommits: commitsFor(repository, [...(materials ?? []), ...configMaterial], 'sha1'),
        workflow: toV02Workflow(repository, source?.ref ?? null, config?.entryPoint),
        repositoryId: stringOrNull(environment.GITHUB_REPOSITORY_ID),
        repositoryOwnerId: stringOrNull(environment.GITHUB_REPOSITORY_OWNER_ID),
    };
}
/** npm's entryPoint is `o/r/path@ref`; the generic generator's is a bare path in the source repo. */
function toV02Workflow(repository, ref, entryPoint) {
    if (!entryPoint || !repository)
        return null;
    const qualified = /^([^/]+\/[^/]+)\/(.+)@(.+)$/.exec(entryPoint);
    if (qualified?.[1] && qualified[2] && qualified[3])
        return { repository: qualified[1], path: qualified[2], ref: qualified[3] };
    return ref ? { repository, path: entryPoint, ref } : null;
}
function commitsFor(repository, materials, key) {
    const commits = materials
        .filter((m) => repository === null || (m.uri !== undefined && parseGitUri(m.uri)?.repository === repository))
        .map((m) => m.digest?.[key] ?? m.digest?.gitCommit ?? m.digest?.sha1)
        .filter((c) => typeof c === 'string');
    return [...new Set(commits)];
}
function stringOrNull(value) {
    return typeof value === 'string' && value !== '' ? value : null;
}

;// CONCATENATED MODULE: ./src/core/provenance/index.ts







/***/ }),

/***/ 2251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Xn: () => (/* reexport */ checkReleaseAssets),
  xY: () => (/* reexport */ checkReleaseState)
});

// UNUSED EXPORTS: MANIFEST_FOLDER, WORKFLOWS_FOLDER, isFileMode, keptFolderChanges, keptFolders

// EXTERNAL MODULE: ./src/core/policy/index.ts + 12 modules
var policy = __webpack_require__(5088);
;// CONCATENATED MODULE: ./src/core/release/assets.ts

const EXPECTED = 'assets = subjects: every asset a subject of a verified attestation, every subject a published asset';
const assets_short = (hex) => `${hex.slice(0, 16)}…`;
/**
 * The release's assets against the subjects of its verified attestations, both ways, by (name, digest): an
 * asset is attested only when a subject has its name *and* its digest, so attested bytes under another name
 * (two platforms' binaries swapped, a copy under a new name) do not pass. A subject's name with other bytes
 * is a replaced asset; any other asset is unattested; a subject no asset carries is missing. `exempt` names
 * (excluded by policy, provenance files) are left out on both sides.
 */
function checkReleaseAssets(assets, subjects, algorithm, exempt) {
    const attested = subjects
        .map((s) => ({ name: baseName(s.name), hex: s.digest[algorithm]?.toLowerCase() }))
        .filter((s) => s.hex !== undefined && !exempt(s.name));
    const sameAs = (a) => (s) => s.name === a.name && s.hex === a.hex.toLowerCase();
    const unknown = assets.filter((a) => !attested.some(sameAs(a)));
    const replaced = unknown.filter((a) => attested.some((s) => s.name === a.name));
    const unattested = unknown.filter((a) => !replaced.includes(a));
    const missing = attested.filter((s) => !assets.some((a) => a.name === s.name));
    const problems = [
        ...replaced.map((a) => [
            'asset_replaced',
            `${a.name} is ${assets_short(a.hex)}, attested as ${assets_short(attested.find((s) => s.name === a.name)?.hex ?? '')}`,
        ]),
        ...unattested.map((a) => [
            'asset_unattested',
            `${a.name} (${assets_short(a.hex)}) is not attested under that name`,
        ]),
        ...missing.map((s) => [
            'asset_missing',
            `${s.name} (${assets_short(s.hex)}) is attested but not published`,
        ]),
    ];
    const [first] = problems;
    if (first === undefined)
        return (0,policy/* passed */.bF)('release_assets', 'asset_unattested', EXPECTED, `${assets.length} asset(s), each attested under its name; every subject published`);
    return (0,policy/* failed */.gz)('release_assets', first[0], EXPECTED, problems.map(([, text]) => text).join('; '));
}
/** Subjects may carry a path (`dist/app.tgz`); a release asset is a bare file name. */
const baseName = (name) => name.slice(name.lastIndexOf('/') + 1);
/** A draft is not published; the prerelease flag is what the policy (or, with `auto`, the tag) says. */
function checkReleaseState(release, prerelease, isPrereleaseTag) {
    const wanted = wantedPrerelease(release.tag, prerelease, isPrereleaseTag);
    const expected = `published (not a draft)${wanted === null ? '' : `, ${wanted ? '' : 'not '}a prerelease`}`;
    const actual = `${release.draft ? 'a draft' : 'published'}, ${release.prerelease ? '' : 'not '}a prerelease`;
    const ok = !release.draft && (wanted === null || wanted === release.prerelease);
    return ok
        ? (0,policy/* passed */.bF)('release_state', 'release_state_mismatch', expected, actual)
        : (0,policy/* failed */.gz)('release_state', 'release_state_mismatch', expected, actual);
}
/** Whether the release must be a prerelease; null when the flag is not checked. */
function wantedPrerelease(tag, prerelease, isPrereleaseTag) {
    if (prerelease === 'any')
        return null;
    if (prerelease === 'auto')
        return isPrereleaseTag(tag);
    return prerelease === 'true';
}

;// CONCATENATED MODULE: ./src/core/release/index.ts




/***/ })

};
